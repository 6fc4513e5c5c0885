import { randomUUID } from 'node:crypto'

import { CLINIC_A } from './actors'
import type { ApiClient } from './http'

/**
 * A visitor's consultation request as the site's form posts it to /api/leads: the least a valid one holds (clinic
 * A, a new email address each time, consent given), with `fields` added or replacing those.
 */
export const leadRequest = (fields: Record<string, unknown> = {}) => ({
  clinic: CLINIC_A,
  name: 'Mara Schulz',
  email: `visitor.${randomUUID()}@example.com`,
  consent: true,
  locale: 'en',
  ...fields,
})

let visitors = 0
/** A new visitor's address, so the intake's limit per address never counts one test's leads in another's. */
export const fromNewAddress = () => {
  visitors += 1
  return { 'X-Forwarded-For': `198.18.${(visitors >> 8) & 255}.${visitors & 255}` }
}

/** POSTs `body` to the lead intake, by default from a new visitor's address. */
export const submitLead = (api: ApiClient, body: unknown, headers: Record<string, string> = fromNewAddress()) =>
  api.request('POST', '/leads', { body, headers })
