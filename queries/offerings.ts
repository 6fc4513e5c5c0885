import type { Locale } from '../i18n/locales'
import type { Offering, Practitioner, Treatment } from '../payload-types'
import { currentReader, payloadClient } from './payload'
import { populated, populatedList } from './populated'

export type OfferingWithTreatment = Omit<Offering, 'treatment' | 'practitioners'> & {
  treatment: Treatment
  practitioners: Practitioner[]
}

/** Only offerings whose treatment a visitor may see; practitioners likewise. */
const withVisibleTreatment = (offerings: Offering[]): OfferingWithTreatment[] =>
  offerings.flatMap((offering) => {
    const treatment = populated(offering.treatment)
    return treatment ? [{ ...offering, treatment, practitioners: populatedList(offering.practitioners) }] : []
  })

/** What a published clinic offers, with the catalogue treatment and its practitioners, cheapest first. */
export async function clinicOfferings(locale: Locale, clinicId: number): Promise<OfferingWithTreatment[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'offerings',
    ...(await currentReader()),
    locale,
    depth: 1,
    pagination: false,
    sort: 'priceFrom',
    where: { clinic: { equals: clinicId } },
  })
  return withVisibleTreatment(docs)
}

/** Every published clinic's offerings, for the directory's "from" prices. */
export async function allOfferings(locale: Locale): Promise<OfferingWithTreatment[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'offerings',
    ...(await currentReader()),
    locale,
    depth: 1,
    pagination: false,
    sort: 'priceFrom',
    populate: { practitioners: { name: true, slug: true } },
  })
  return withVisibleTreatment(docs)
}

/** Where a treatment is offered, with each clinic's price. */
export async function treatmentOfferings(locale: Locale, treatmentId: number) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'offerings',
    ...(await currentReader()),
    locale,
    depth: 1,
    pagination: false,
    sort: 'priceFrom',
    where: { treatment: { equals: treatmentId } },
    populate: {
      clinics: { name: true, slug: true, address: { city: true } },
      practitioners: { name: true, slug: true },
    },
  })
  return docs.flatMap((offering) => {
    const clinic = populated(offering.clinic)
    return clinic ? [{ ...offering, clinic, practitioners: populatedList(offering.practitioners) }] : []
  })
}
