import type { Payload } from 'payload'

import { CLINIC_A, CLINIC_B, clinicId } from './actors'
import { freshPayload } from './database'
import { apiClient, type ApiClient } from './http'

/** The ids of the seeded clinic A (the actors' own) and clinic B (someone else's). */
export type TwoClinics = { a: number; b: number }

/**
 * The seeded platform on a fresh database of this test file's own: its Payload, a client of the app's API routes,
 * and the ids of clinic A and clinic B.
 */
export async function seededPlatform(): Promise<{ payload: Payload; api: ApiClient; clinic: TwoClinics }> {
  const payload = await freshPayload()
  return {
    payload,
    api: apiClient(Promise.resolve(payload.config)),
    clinic: { a: await clinicId(payload, CLINIC_A), b: await clinicId(payload, CLINIC_B) },
  }
}
