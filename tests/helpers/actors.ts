import type { Payload } from 'payload'

import type { ClinicRole } from '../../access/roles'
import type { User } from '../../payload-types'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoStaffEmail } from '../../seed/content/users'
import type { ApiClient } from './http'

// Clinic A is the actors' own clinic, clinic B someone else's.
export const CLINIC_A = 'london-marylebone'
export const CLINIC_B = 'berlin-mitte'

export type Actor = 'anonymous' | 'admin' | ClinicRole

export async function userByEmail(payload: Payload, email: string): Promise<User & { collection: 'users' }> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no user ${email}`)
  return { ...docs[0], collection: 'users' }
}

/** The email of the seeded demo account acting as `actor`: a platform admin, or staff of the clinic `clinic`. */
const demoEmail = (actor: Exclude<Actor, 'anonymous'>, clinic = CLINIC_A) =>
  actor === 'admin' ? DEMO_ADMIN_EMAIL : demoStaffEmail(actor, clinic)

/** The seeded demo user acting as `actor` (clinic staff belong to clinic A); null for a visitor. */
export async function userFor(payload: Payload, actor: Actor) {
  if (actor === 'anonymous') return null
  return userByEmail(payload, demoEmail(actor))
}

/** Signs the demo account acting as `actor` (staff of clinic A, or of `clinic`) in through `api`; answers its JWT. */
export const signInAs = (api: ApiClient, actor: Exclude<Actor, 'anonymous'>, clinic = CLINIC_A) =>
  api.login(demoEmail(actor, clinic), DEMO_PASSWORD)

export async function clinicId(payload: Payload, slug: string): Promise<number> {
  const { docs } = await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no clinic ${slug}`)
  return docs[0].id
}

/** Runs a write or read and tells whether Payload let it through; any other failure is a real error. */
export async function attempt(operation: () => Promise<unknown>): Promise<'allowed' | 'denied'> {
  try {
    await operation()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status && [400, 401, 403, 404].includes(status)) return 'denied'
    throw error
  }
}
