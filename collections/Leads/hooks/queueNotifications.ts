import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../access/roles'
import { notificationTasks } from '../../../leads/jobs/notificationTasks'
import type { Lead } from '../../../payload-types'

/**
 * A new lead (from the Local API or the admin; the public intake does the same in SQL, see leads/intake/storeLead.ts) queues its
 * notification jobs in the same transaction: if the lead is committed, so are its jobs, and a failing mail server or CRM can only delay them. Seeded demo leads notify nobody.
 */
export const queueNotifications: CollectionAfterChangeHook<Lead> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || req.context.disableNotifications) return doc
  const clinic = await req.payload.findByID({
    collection: 'clinics',
    id: relationId(doc.clinic)!,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
    select: { crmWebhook: { url: true } },
  })
  for (const task of notificationTasks(Boolean(clinic.crmWebhook?.url))) {
    await req.payload.jobs.queue({ task, input: { lead: doc.id }, req })
  }
  return doc
}
