import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../access/roles'
import type { Lead } from '../../../payload-types'

/**
 * A new lead queues its notification jobs in the same transaction: if the lead is committed, so are its jobs,
 * and a failing mail server or CRM can only delay them. Seeded demo leads notify nobody.
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
  const tasks: ('notifyClinic' | 'confirmToVisitor' | 'sendCrmWebhook')[] = ['notifyClinic', 'confirmToVisitor']
  if (clinic.crmWebhook?.url) tasks.push('sendCrmWebhook')
  for (const task of tasks) {
    await req.payload.jobs.queue({ task, input: { lead: doc.id }, req })
  }
  return doc
}
