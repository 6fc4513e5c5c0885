import type { ClinicRole } from '../../access/roles'

// Local demo accounts only: seeded into the embedded database, or by an explicit `npm run seed`.
export const DEMO_PASSWORD = 'demo1234'
export const DEMO_ADMIN_EMAIL = 'admin@demo.test'

/** The demo staff accounts of a clinic: `<role>.<clinic-slug>@demo.test`. */
export const demoStaffRoles: ClinicRole[] = ['owner', 'editor', 'marketer']

export const demoStaffEmail = (role: ClinicRole, clinicSlug: string) => `${role}.${clinicSlug}@demo.test`
