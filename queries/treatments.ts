import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { asVisitor, currentReader, payloadClient } from './payload'

export const findTreatment = cache(async (locale: Locale, slug: string) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'treatments',
    ...(await currentReader()),
    locale,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return docs[0]
})

export async function treatmentSlugs(): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'treatments',
    ...asVisitor,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((treatment) => treatment.slug)
}
