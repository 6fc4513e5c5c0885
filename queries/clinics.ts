import type { Locale } from '../i18n/locales'
import { payloadClient } from './payload'

/** Published clinics for the directory, as a visitor may see them. */
export async function listClinics(locale: Locale) {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'clinics',
    locale,
    depth: 0,
    limit: 100,
    sort: 'name',
    overrideAccess: false,
    select: { name: true, slug: true, summary: true, address: { city: true, countryCode: true } },
  })
  return docs
}
