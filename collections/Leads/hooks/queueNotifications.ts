import type { CollectionAfterChangeHook } from 'payload'

import type { Lead } from '../../../payload-types'

/**
 * A new lead queues its two notification jobs in the same transaction: if the lead is committed, so are its
 * jobs, and a failing mail server can only delay them. Seeded demo leads notify nobody.
 */
export const queueNotifications: CollectionAfterChangeHook<Lead> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context.disableNotifications) return doc
  for (const task of ['notifyClinic', 'confirmToVisitor'] as const) {
    await req.payload.jobs.queue({ task, input: { lead: doc.id }, req })
  }
  return doc
}
