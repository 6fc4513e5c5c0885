import type { Payload } from 'payload'

/** What the intake needs to know about a published clinic to take a lead for it. */
type LeadTarget = {
  clinicId: number
  countryCode: string
  hasCrmWebhook: boolean
  /** Its own domain and those it had before: the hosts besides the platform's a lead for it may come from. */
  domains: string[]
  /** Bookable treatments, by id and by slug → treatment id. */
  treatments: Map<string | number, number>
}

// Every request would otherwise look up the same few clinics and offerings. Changes (a clinic unpublished, a
// treatment no longer bookable, a new CRM webhook) apply to new leads within this many milliseconds.
const CACHE_MS = 10_000
const cache = new Map<string | number, { target: LeadTarget | null; until: number }>()

async function loadTarget(payload: Payload, reference: string | number): Promise<LeadTarget | null> {
  const { docs } = await payload.find({
    collection: 'clinics',
    where: {
      and: [
        typeof reference === 'number' ? { id: { equals: reference } } : { slug: { equals: reference } },
        { _status: { equals: 'published' } },
      ],
    },
    depth: 0,
    limit: 1,
    select: { address: { countryCode: true }, crmWebhook: { url: true }, customDomain: true, formerDomains: true },
  })
  const clinic = docs[0]
  if (!clinic) return null
  const { docs: offerings } = await payload.find({
    collection: 'offerings',
    where: { clinic: { equals: clinic.id }, bookable: { equals: true } },
    depth: 1,
    pagination: false,
    select: { treatment: true },
    populate: { treatments: { slug: true } },
  })
  const treatments = new Map<string | number, number>()
  for (const { treatment } of offerings) {
    if (typeof treatment !== 'object' || treatment === null) continue
    treatments.set(treatment.id, treatment.id)
    treatments.set(treatment.slug, treatment.id)
  }
  return {
    clinicId: clinic.id,
    countryCode: clinic.address.countryCode,
    hasCrmWebhook: Boolean(clinic.crmWebhook?.url),
    domains: [clinic.customDomain, ...(clinic.formerDomains ?? []).map((former) => former.domain)].filter(
      (domain): domain is string => Boolean(domain),
    ),
    treatments,
  }
}

/** The published clinic a request names (by slug or id) and what it offers; null when there is none. */
export async function leadTarget(payload: Payload, reference: string | number): Promise<LeadTarget | null> {
  const cached = cache.get(reference)
  if (cached && cached.until > Date.now()) return cached.target
  const target = await loadTarget(payload, reference)
  // Made-up references cost one lookup each but must not grow the cache without bound.
  if (cache.size > 1_000) cache.clear()
  cache.set(reference, { target, until: Date.now() + CACHE_MS })
  return target
}

/**
 * A hook for clinics and offerings: a change applies to the next lead this instance takes (other instances
 * follow within the cache time).
 */
export const forgetLeadTargets = <T>({ doc }: { doc: T }): T => {
  cache.clear()
  return doc
}
