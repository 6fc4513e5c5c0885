import type { Access, FieldAccess, Where } from 'payload'

import { type ClinicRole, clinicIdsOf, clinicRoles, contentRoles, isPlatformAdmin } from './roles'

const published = (statusPath: string): Where => ({ [statusPath]: { equals: 'published' } })

export const isAdmin: Access = ({ req: { user } }) => isPlatformAdmin(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => isPlatformAdmin(user)

export const signedIn: FieldAccess = ({ req: { user } }) => Boolean(user)

/** Rows whose clinic (at `clinicPath`) is one where the user holds one of `roles`; everything for an admin. */
export const ownClinics =
  (clinicPath: string, roles: readonly ClinicRole[]): Access =>
  ({ req: { user } }) => {
    if (isPlatformAdmin(user)) return true
    const clinicIds = clinicIdsOf(user, roles)
    // No clinic with these roles: refuse outright, which also hides the collection in the admin.
    if (clinicIds.length === 0) return false
    return { [clinicPath]: { in: clinicIds } }
  }

/**
 * Visitors read published documents (or, for documents without drafts, those of a published clinic:
 * `statusPath` = 'clinic._status'); staff read their own clinics' documents, drafts included.
 */
export const publishedOrOwnClinics =
  (clinicPath: string, statusPath = '_status'): Access =>
  (args) =>
    args.req.user ? ownClinics(clinicPath, clinicRoles)(args) : published(statusPath)

/** Visitors read published documents; any signed-in user reads all (the shared catalogue). */
export const publishedOrSignedIn: Access = ({ req: { user } }) => (user ? true : published('_status'))

/** Creating needs a content role somewhere; the clinic field's validation decides which clinic. */
export const canWriteContent: Access = ({ req: { user } }) =>
  isPlatformAdmin(user) || clinicIdsOf(user, contentRoles).length > 0

/** A clinic's own field that only admins and that clinic's owners may see and change (its privacy and CRM settings). */
export const clinicOwnerField: FieldAccess = ({ req: { user }, id, doc }) =>
  isPlatformAdmin(user) || clinicIdsOf(user, ['owner']).includes(Number(doc?.id ?? id))
