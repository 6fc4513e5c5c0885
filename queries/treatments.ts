import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { currentReader, payloadClient } from './payload'

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
