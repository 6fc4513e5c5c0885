import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import type { Clinic, Media } from '../payload-types'
import { currentReader, payloadClient } from './payload'
import { populated } from './populated'

/** Published clinics for the directory, as a visitor may see them. */
export async function listClinics(locale: Locale) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'clinics',
    ...(await currentReader()),
    locale,
    depth: 0,
    limit: 100,
    sort: 'name',
    select: {
      name: true,
      slug: true,
      summary: true,
      currency: true,
      address: { city: true, countryCode: true },
      prescriptionAdvertising: { rule: true },
    },
  })
  return docs
}

export type ClinicPageData = Clinic & { heroImage?: Media | null; logo?: Media | null }

/** One published clinic with its images, or undefined. */
export const findClinic = cache(async (locale: Locale, slug: string): Promise<ClinicPageData | undefined> => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'clinics',
    ...(await currentReader()),
    locale,
    depth: 1,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  const clinic = docs[0]
  if (!clinic) return undefined
  return { ...clinic, heroImage: populated(clinic.heroImage), logo: populated(clinic.logo) }
})
