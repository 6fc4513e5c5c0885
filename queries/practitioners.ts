import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import type { Clinic, Media, Practitioner, Treatment } from '../payload-types'
import { findAll, findBySlug } from './payload'
import { heldBackIn } from './clinics'
import { populated, populatedList } from './populated'

export type PractitionerPageData = Omit<Practitioner, 'photo' | 'clinics' | 'treatments'> & {
  photo?: Media
  clinics: Clinic[]
  treatments: Treatment[]
}

export const findPractitioner = cache(
  async (locale: Locale, slug: string): Promise<PractitionerPageData | undefined> => {
    const practitioner = await findBySlug('practitioners', locale, slug, { depth: 1 })
    if (!practitioner) return undefined
    const held = await heldBackIn(locale)
    return {
      ...practitioner,
      photo: populated(practitioner.photo),
      clinics: populatedList(practitioner.clinics).filter((clinic) => !held.has(clinic.id)),
      treatments: populatedList(practitioner.treatments),
    }
  },
)

/** A clinic's published practitioners with their photos. */
export async function clinicPractitioners(locale: Locale, clinicId: number) {
  const docs = await findAll('practitioners', {
    locale,
    depth: 1,
    sort: 'name',
    where: { clinics: { contains: clinicId } },
    select: { name: true, slug: true, jobTitle: true, photo: true },
  })
  return docs.map((practitioner) => ({ ...practitioner, photo: populated(practitioner.photo) }))
}
