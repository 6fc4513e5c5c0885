import type { CollectionAfterChangeHook } from 'payload'

import type { Clinic } from '../../../payload-types'

/**
 * A domain that becomes a clinic's own leaves every other clinic's former domains: its host serves this clinic now,
 * and once this clinic leaves it, redirects here alone (clinicOfDomain in queries/clinics.ts takes the first clinic
 * that lists it). Decided by the clinic's own row, which holds the domain for visitors and for the unique index:
 * a save that changes only a draft changes nothing. Written to the database directly, in the save's transaction,
 * so the other clinics' hooks (their former domains, revalidation, a new version) do not run: their pages on that
 * host are this clinic's now, which its own revalidation refreshes.
 */
export const claimDomain: CollectionAfterChangeHook<Clinic> = async ({ doc, req }) => {
  const live = await req.payload.db.findOne<Clinic>({
    collection: 'clinics',
    where: { id: { equals: doc.id } },
    select: { customDomain: true },
    req,
  })
  const domain = live?.customDomain
  if (!domain) return doc
  const { docs: others } = await req.payload.db.find<Clinic>({
    collection: 'clinics',
    where: { and: [{ 'formerDomains.domain': { equals: domain } }, { id: { not_equals: doc.id } }] },
    select: { formerDomains: true },
    pagination: false,
    req,
  })
  for (const other of others) {
    await req.payload.db.updateOne({
      collection: 'clinics',
      id: other.id,
      data: { formerDomains: (other.formerDomains ?? []).filter((row) => row.domain !== domain) },
      returning: false,
      req,
    })
  }
  return doc
}
