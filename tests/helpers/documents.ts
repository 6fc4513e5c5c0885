import { randomBytes } from 'node:crypto'
import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'
import sharp from 'sharp'

import type { Locale } from '../../i18n/locales'

const unique = () => randomBytes(4).toString('hex')

/** A tiny real PNG, so media tests exercise sharp and the upload pipeline. */
export async function pngFile() {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#7fb0a8' } })
    .png()
    .toBuffer()
  return { name: `test-${unique()}.png`, data, mimetype: 'image/png', size: data.length }
}

const treatmentData = (): RequiredDataFromCollectionSlug<'treatments'> => ({
  name: `Test treatment ${unique()}`,
  slug: `test-treatment-${unique()}`,
  kind: 'other',
  substance: 'Test substance',
  summary: 'A treatment made by a test.',
  mechanism: 'restores-volume',
  howItWorks: 'It works in a test.',
  linesTreated: ['static'],
  faceAreas: ['cheeks'],
  onset: { firstEffectDays: 0, fullEffectDays: 0 },
  durationMonths: { min: 6, max: 9 },
  sessionMinutes: { min: 20, max: 30 },
  downtime: 'none',
  _status: 'published',
})

/** Creates a treatment in the catalogue (as the system), for tests that need one nobody offers yet. */
export async function newTreatment(payload: Payload): Promise<number> {
  const treatment = await payload.create({ collection: 'treatments', data: treatmentData() })
  return treatment.id
}

/** A seeded treatment by its slug, as the Local API reads it in `locale` (ids, not documents, for relations). */
export async function treatmentBySlug(payload: Payload, slug: string, locale?: Locale) {
  const where = { slug: { equals: slug } }
  const { docs } = await payload.find({ collection: 'treatments', where, locale, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no treatment ${slug}`)
  return docs[0]
}

/** Valid data for a new document of `collection` belonging to the clinic `clinic`. */
export async function newDocumentData(payload: Payload, collection: CollectionSlug, clinic: number) {
  switch (collection) {
    case 'clinics':
      return {
        name: `Test clinic ${unique()}`,
        slug: `test-clinic-${unique()}`,
        summary: 'A clinic made by a test.',
        address: { street: '1 Test Street', postalCode: 'T1 1ST', city: 'Testville', countryCode: 'GB' },
        geo: { latitude: 51.5, longitude: -0.12 },
        phone: '+44 20 7946 0000',
        email: 'clinic@example.com',
        timeZone: 'Europe/London',
        currency: 'GBP',
        leadNotificationEmail: 'leads@example.com',
        _status: 'published',
      }
    case 'treatments':
      return treatmentData()
    case 'offerings':
      return { clinic, treatment: await newTreatment(payload), priceFrom: 199 }
    case 'practitioners':
      return { name: `Dr Test ${unique()}`, jobTitle: 'Test physician', clinics: [clinic], _status: 'published' }
    case 'articles':
      return { title: `Test article ${unique()}`, excerpt: 'Written by a test.', clinic, _status: 'published' }
    case 'media':
      return { alt: 'A test image', clinic }
    case 'leads':
      return {
        clinic,
        name: 'Test Visitor',
        email: `visitor-${unique()}@example.com`,
        locale: 'en',
        consent: { version: 'test-consent', givenAt: new Date().toISOString() },
        idempotencyKey: `test-${unique()}`,
      }
    default:
      throw new Error(`no test data for ${collection}`)
  }
}

/** Creates a document as the system (no access checks), returning its id. */
export async function createAsSystem(payload: Payload, collection: CollectionSlug, clinic: number): Promise<number> {
  const data = await newDocumentData(payload, collection, clinic)
  const file = collection === 'media' ? await pngFile() : undefined
  const created = await payload.create({ collection, data: data as never, file })
  return created.id as number
}
