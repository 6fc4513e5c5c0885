/** The content model through the Local API: CRUD for every collection, localization and the rules it enforces. */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { localeOfChange } from '../site/revalidate'
import { CLINIC_A, clinicId, userFor } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { newDocumentData, pngFile } from './helpers/documents'

let payload: Payload
let clinic: number

/** The per-field messages of a rejected write. */
async function fieldErrors(write: Promise<unknown>): Promise<string[]> {
  try {
    await write
  } catch (error) {
    return ((error as { data?: { errors?: { message: string }[] } }).data?.errors ?? []).map((entry) => entry.message)
  }
  throw new Error('the write was accepted')
}

beforeAll(async () => {
  payload = await freshPayload()
  clinic = await clinicId(payload, CLINIC_A)
})

const collections: CollectionSlug[] = [
  'clinics',
  'treatments',
  'offerings',
  'practitioners',
  'articles',
  'media',
  'leads',
  'users',
]

describe('create, read, update and delete', () => {
  it.each(collections)('works for %s', async (collection) => {
    const data =
      collection === 'users'
        ? { email: 'crud@example.com', password: 'a-long-password', role: 'staff' }
        : await newDocumentData(payload, collection, clinic)
    const file = collection === 'media' ? await pngFile() : undefined
    const created = await payload.create({ collection, data: data as never, file })
    const read = await payload.findByID({ collection, id: created.id, depth: 0 })
    expect(read.id).toBe(created.id)

    const field =
      collection === 'users'
        ? 'name'
        : collection === 'media'
          ? 'alt'
          : collection === 'offerings'
            ? 'priceFrom'
            : collection === 'leads'
              ? 'status'
              : collection === 'articles'
                ? 'title'
                : 'name'
    const value = field === 'priceFrom' ? 321 : field === 'status' ? 'contacted' : 'Updated by the CRUD test'
    const updated = await payload.update({ collection, id: created.id, data: { [field]: value } as never, depth: 0 })
    expect((updated as unknown as Record<string, unknown>)[field]).toBe(value)

    await payload.delete({ collection, id: created.id })
    expect((await payload.count({ collection, where: { id: { equals: created.id } } })).totalDocs).toBe(0)
  })

  it('tells an owner which languages an image has no alt text in, counting what the save just wrote', async () => {
    const owner = await userFor(payload, 'owner')
    const created = await payload.create({
      collection: 'media',
      locale: 'de',
      data: { alt: 'Behandlungsraum', clinic },
      file: await pngFile(),
      user: owner,
      overrideAccess: false,
    })
    expect(created.altMissingIn).toBe('English, Français, Español, العربية')
    const updated = await payload.update({
      collection: 'media',
      id: created.id,
      locale: 'en',
      data: { alt: 'Treatment room' },
      user: owner,
      overrideAccess: false,
    })
    expect(updated.altMissingIn).toBe('Français, Español, العربية')
    // Visitors read images without it.
    expect(
      (await payload.findByID({ collection: 'media', id: created.id, overrideAccess: false })).altMissingIn,
    ).toBeUndefined()
  })

  it('stores media with the generated sizes', async () => {
    const media = await payload.create({ collection: 'media', data: { alt: 'Sized', clinic }, file: await pngFile() })
    expect(media.mimeType).toBe('image/webp')
    expect(Object.keys(media.sizes ?? {})).toEqual(expect.arrayContaining(['thumbnail', 'card', 'hero']))
  })
})

describe('localization', () => {
  it('reads back what was written in German, and falls back to English where a locale is empty', async () => {
    const data = await newDocumentData(payload, 'practitioners', clinic)
    const practitioner = await payload.create({
      collection: 'practitioners',
      locale: 'en',
      data: { ...(data as object), jobTitle: 'Aesthetic physician', bio: 'Treats expression lines.' } as never,
    })
    await payload.update({
      collection: 'practitioners',
      id: practitioner.id,
      locale: 'de',
      data: { jobTitle: 'Ärztin für ästhetische Medizin', bio: 'Behandelt Mimikfalten.' },
    })
    const german = await payload.findByID({ collection: 'practitioners', id: practitioner.id, locale: 'de' })
    expect(german.jobTitle).toBe('Ärztin für ästhetische Medizin')
    expect(german.bio).toBe('Behandelt Mimikfalten.')
    const english = await payload.findByID({ collection: 'practitioners', id: practitioner.id, locale: 'en' })
    expect(english.jobTitle).toBe('Aesthetic physician')
    const french = await payload.findByID({ collection: 'practitioners', id: practitioner.id, locale: 'fr' })
    expect(french.jobTitle).toBe('Aesthetic physician')
  })

  it('tells a change that shows in its own language alone from one that shows in every language', async () => {
    /** Saves `data` in `locale` and judges the change as the afterChange hook does (the document before without fallback). */
    const change = async (
      collection: 'clinics' | 'practitioners',
      id: number,
      locale: 'en' | 'de',
      data: Record<string, unknown>,
    ) => {
      const before = await payload.findByID({ collection, id, locale, depth: 0, fallbackLocale: false })
      await payload.update({ collection, id, locale, data })
      const { flattenedFields } = payload.collections[collection].config
      return localeOfChange({ locale } as never, flattenedFields, { previousDoc: before, data }).only
    }
    expect(await change('clinics', clinic, 'de', { summary: 'Eine neue Zusammenfassung.' })).toBe(true)
    // Not translated: the phone number shows in every language.
    expect(await change('clinics', clinic, 'de', { phone: '+49 30 1234567' })).toBe(false)
    // The languages without their own text show the English one.
    expect(await change('clinics', clinic, 'en', { summary: 'A new summary.' })).toBe(false)
    // A new translation changes the languages every language's page offers; so does taking one away.
    const data = await newDocumentData(payload, 'practitioners', clinic)
    const practitioner = await payload.create({
      collection: 'practitioners',
      locale: 'en',
      data: { ...(data as object), jobTitle: 'Aesthetic physician', bio: 'Treats expression lines.' } as never,
    })
    const german = { jobTitle: 'Fachärztin', bio: 'Behandelt Mimikfalten.' }
    expect(await change('practitioners', practitioner.id, 'de', german)).toBe(false)
    expect(await change('practitioners', practitioner.id, 'de', { jobTitle: 'Fachärztin für Dermatologie' })).toBe(true)
    expect(await change('practitioners', practitioner.id, 'de', { bio: null })).toBe(false)
  })

  it('lets an article have its own slug in each locale', async () => {
    const article = await payload.create({
      collection: 'articles',
      locale: 'en',
      data: {
        title: 'Aftercare basics',
        slug: '',
        excerpt: 'What to do after treatment.',
        clinic,
        _status: 'published',
      },
    })
    expect(article.slug).toBe('aftercare-basics')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'de',
      data: { title: 'Grundlagen der Nachsorge', slug: '', excerpt: 'Was nach der Behandlung zu tun ist.' },
    })
    const german = await payload.findByID({ collection: 'articles', id: article.id, locale: 'de' })
    expect(german.slug).toBe('grundlagen-der-nachsorge')
    const found = await payload.find({
      collection: 'articles',
      locale: 'de',
      where: { slug: { equals: 'grundlagen-der-nachsorge' } },
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([article.id])
  })
})

describe('rules of the model', () => {
  it('dates an article when it is first published and keeps that date through later edits', async () => {
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Filler myths', slug: '', excerpt: 'Five things people get wrong.', clinic, _status: 'draft' },
    })
    expect(draft.publishedAt ?? null).toBeNull()
    const before = Date.now()
    const published = await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    expect(new Date(published.publishedAt!).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const edited = await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { excerpt: 'Six things people get wrong.', publishedAt: null, _status: 'published' },
    })
    expect(edited.publishedAt).toBe(published.publishedAt)
  })

  it('stores one lead per idempotency key', async () => {
    const data = (await newDocumentData(payload, 'leads', clinic)) as { idempotencyKey: string }
    await payload.create({ collection: 'leads', data: data as never })
    await expect(
      payload.create({ collection: 'leads', data: { ...data, email: 'other@example.com' } as never }),
    ).rejects.toThrow()
    const stored = await payload.count({
      collection: 'leads',
      where: { idempotencyKey: { equals: data.idempotencyKey } },
    })
    expect(stored.totalDocs).toBe(1)
  })

  it('offers a treatment at most once per clinic', async () => {
    const data = await newDocumentData(payload, 'offerings', clinic)
    await payload.create({ collection: 'offerings', data: data as never })
    await expect(
      payload.create({ collection: 'offerings', data: { ...(data as object), priceFrom: 1 } as never }),
    ).rejects.toThrow()
  })

  it('prices an offering in the clinic’s currency unless told otherwise', async () => {
    const data = await newDocumentData(payload, 'offerings', clinic)
    const offering = await payload.create({ collection: 'offerings', data: data as never })
    expect(offering.currency).toBe('GBP')
  })

  it('derives the prescription-medicine advertising rule from the country, unless an admin overrides it', async () => {
    const data = (await newDocumentData(payload, 'clinics', clinic)) as Record<string, unknown>
    const inGermany = await payload.create({
      collection: 'clinics',
      data: { ...data, address: { street: 'Hauptstraße 1', city: 'Köln', countryCode: 'DE' } } as never,
    })
    expect(inGermany.prescriptionAdvertising?.rule).toBe('prohibited')
    const moved = await payload.update({
      collection: 'clinics',
      id: inGermany.id,
      data: { address: { ...inGermany.address, countryCode: 'US' } },
    })
    expect(moved.prescriptionAdvertising).toEqual({ source: 'country', rule: 'allowed' })
    const overridden = await payload.update({
      collection: 'clinics',
      id: inGermany.id,
      data: { prescriptionAdvertising: { source: 'override', rule: 'prohibited' } },
    })
    expect(overridden.prescriptionAdvertising?.rule).toBe('prohibited')
  })

  it('rejects opening hours that close before they open, and unknown time zones', async () => {
    const data = (await newDocumentData(payload, 'clinics', clinic)) as Record<string, unknown>
    const before = (await payload.count({ collection: 'clinics' })).totalDocs
    expect(
      await fieldErrors(
        payload.create({
          collection: 'clinics',
          data: { ...data, openingHours: [{ day: 'monday', opens: '18:00', closes: '09:00' }] } as never,
        }),
      ),
    ).toEqual(['Closing time must be after opening time.'])
    expect(
      await fieldErrors(
        payload.create({ collection: 'clinics', data: { ...data, timeZone: 'Mars/Olympus' } as never }),
      ),
    ).toEqual(['Choose a time zone from the list.'])
    expect((await payload.count({ collection: 'clinics' })).totalDocs).toBe(before)
  })

  it('makes the first account of an empty platform an admin', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@example.com', password: 'a-long-password', role: 'staff', language: 'en' },
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@example.com', password: 'a-long-password', role: 'staff', language: 'en' },
    })
    expect(second.role).toBe('staff')
  })
})
