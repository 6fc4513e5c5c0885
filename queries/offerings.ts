import type { PopulateType, Where } from 'payload'

import type { Locale } from '../i18n/locales'
import type { Offering, Practitioner, Treatment } from '../payload-types'
import { findAll } from './payload'
import { heldBackIn } from './clinics'
import { populated, populatedList } from './populated'

export type OfferingWithTreatment = Omit<Offering, 'treatment' | 'practitioners'> & {
  treatment: Treatment
  practitioners: Practitioner[]
}

/** Offerings of published clinics, cheapest first, with their relationships populated. */
const findOfferings = (locale: Locale, where: Where, populate?: PopulateType) =>
  findAll('offerings', { locale, depth: 1, sort: 'priceFrom', where, populate })

/** Only offerings whose treatment a visitor may see; practitioners likewise. */
const withVisibleTreatment = (offerings: Offering[]): OfferingWithTreatment[] =>
  offerings.flatMap((offering) => {
    const treatment = populated(offering.treatment)
    return treatment ? [{ ...offering, treatment, practitioners: populatedList(offering.practitioners) }] : []
  })

/** What a clinic offers, with the catalogue treatment and the practitioners who give it. */
export const clinicOfferings = async (locale: Locale, clinicId: number): Promise<OfferingWithTreatment[]> =>
  withVisibleTreatment(await findOfferings(locale, { clinic: { equals: clinicId } }))

/** The offerings of some clinics, for the directory's "from" prices. */
export const offeringsOfClinics = async (locale: Locale, clinicIds: number[]): Promise<OfferingWithTreatment[]> =>
  withVisibleTreatment(
    await findOfferings(
      locale,
      { clinic: { in: clinicIds } },
      // The cards show neither: populated as little as possible.
      { practitioners: { slug: true }, clinics: { slug: true } },
    ),
  )

/** Where a treatment is offered, with each clinic's price. */
export async function treatmentOfferings(locale: Locale, treatmentId: number) {
  const offerings = await findOfferings(
    locale,
    { treatment: { equals: treatmentId } },
    {
      clinics: { name: true, slug: true, address: { city: true } },
    },
  )
  const held = await heldBackIn(locale)
  return offerings.flatMap((offering) => {
    const clinic = populated(offering.clinic)
    return clinic && !held.has(clinic.id) ? [{ ...offering, clinic }] : []
  })
}
