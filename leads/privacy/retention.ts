import type { Payload, TaskConfig, Where } from 'payload'

import { DEFAULT_RETENTION_MONTHS } from '../../fields/leadSettings'
import { bucket, forgetCounters } from '../../http/rateLimits'
import type { Lead } from '../../payload-types'

export const ANONYMIZED_NAME = 'Anonymized'

// What identifies a person goes; what the pipeline and its statistics need (clinic, treatment, status, source,
// campaign, consent record, dates) stays.
const clickIds = { gclid: null, fbclid: null, referrer: null, landingPage: null }
const anonymized = (): Partial<Lead> => ({
  name: ANONYMIZED_NAME,
  email: null,
  phone: null,
  message: null,
  notes: [],
  attribution: { firstTouch: clickIds, lastTouch: clickIds },
  anonymizedAt: new Date().toISOString(),
})

async function anonymizeLeads(payload: Payload, where: Where): Promise<number> {
  const result = await payload.update({
    collection: 'leads',
    where: { and: [where, { anonymizedAt: { exists: false } }] },
    data: anonymized(),
    depth: 0,
    overrideAccess: true,
    select: { anonymizedAt: true },
    context: { disableNotifications: true },
  })
  if (result.errors.length > 0) throw new Error(`Could not anonymize leads: ${result.errors[0]?.message}`)
  return result.docs.length
}

type ErasureMode = 'anonymize' | 'delete'

/**
 * Erases everything the platform holds about one email address: its leads are anonymized or deleted, and its
 * rate-limit counter goes too. Returns how many leads were changed.
 */
export async function eraseLeadsOf(payload: Payload, email: string, mode: ErasureMode): Promise<number> {
  const address = email.trim().toLowerCase()
  const ofAddress: Where = { email: { equals: address } }
  let count: number
  if (mode === 'delete') {
    const result = await payload.delete({
      collection: 'leads',
      where: ofAddress,
      depth: 0,
      overrideAccess: true,
      select: { anonymizedAt: true },
    })
    if (result.errors.length > 0) throw new Error(`Could not delete leads: ${result.errors[0]?.message}`)
    count = result.docs.length
  } else {
    count = await anonymizeLeads(payload, ofAddress)
  }
  await forgetCounters(payload, [bucket('leadEmail', address)])
  return count
}

/** The moment before which a clinic's leads are anonymized. */
const retentionCutoff = (months: number, now = new Date()): Date => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff
}

/** Anonymizes, clinic by clinic, the leads older than that clinic's retention period. */
export async function anonymizeExpiredLeads(payload: Payload, now = new Date()): Promise<number> {
  const { docs: clinics } = await payload.find({
    collection: 'clinics',
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    select: { leadRetentionMonths: true },
  })
  let count = 0
  for (const clinic of clinics) {
    const cutoff = retentionCutoff(clinic.leadRetentionMonths ?? DEFAULT_RETENTION_MONTHS, now)
    count += await anonymizeLeads(payload, {
      clinic: { equals: clinic.id },
      createdAt: { less_than: cutoff.toISOString() },
    })
  }
  return count
}

/** Runs every night at 03:00 (server time), in the app or in the worker. */
export const anonymizeExpiredLeadsTask: TaskConfig<{ input: Record<string, never>; output: { anonymized: number } }> = {
  slug: 'anonymizeExpiredLeads',
  schedule: [{ cron: '0 0 3 * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => ({ output: { anonymized: await anonymizeExpiredLeads(req.payload) } }),
}
