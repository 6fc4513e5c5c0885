/** The demo content: what a newcomer sees on a fresh machine, in every locale, and that seeding twice changes nothing. */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { locales } from '../i18n/locales'
import { seed } from '../seed'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoStaffEmail } from '../seed/content/users'
import { freshPayload } from './helpers/database'

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
})

/** The demo documents of `collection` that belong to the clinic `clinic`. */
const ofClinic = async <T extends 'offerings' | 'leads'>(collection: T, clinic: number, depth: number) =>
  (await payload.find({ collection, where: { clinic: { equals: clinic } }, depth, limit: 100 })).docs

const seeded: CollectionSlug[] = [
  'treatments',
  'clinics',
  'offerings',
  'practitioners',
  'articles',
  'media',
  'users',
  'leads',
]
const volatile = new Set(['updatedAt', 'sessions', 'loginAttempts', 'lockUntil'])

// Timestamps and login state change on every write; array rows (opening hours, FAQ entries, memberships)
// get new internal row ids when an array is rewritten, while their content stays the same.
const withoutVolatile = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutVolatile)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, entry]) => !volatile.has(key) && !(key === 'id' && typeof entry === 'string'))
        .map(([key, entry]) => [key, withoutVolatile(entry)]),
    )
  }
  return value
}

async function snapshot() {
  const result: Record<string, unknown> = {}
  for (const collection of seeded) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      limit: 500,
      sort: 'id',
      pagination: false,
    })
    result[collection] = withoutVolatile(docs)
  }
  return result
}

describe('the demo seed', () => {
  it('gives the same data when run a second time', async () => {
    const before = await snapshot()
    await seed(payload)
    expect(await snapshot()).toEqual(before)
  })

  it('has three clinics in different countries, each with its own prices for Botox and at least two fillers', async () => {
    const { docs: clinics } = await payload.find({ collection: 'clinics', depth: 0, limit: 100 })
    expect(clinics.length).toBeGreaterThanOrEqual(3)
    expect(new Set(clinics.map((clinic) => clinic.address.countryCode)).size).toBe(clinics.length)
    const botoxPrices = new Set<number>()
    for (const clinic of clinics) {
      const offerings = await ofClinic('offerings', clinic.id, 1)
      const kinds = offerings.map((offering) =>
        typeof offering.treatment === 'object' ? offering.treatment.kind : null,
      )
      expect(kinds.filter((kind) => kind === 'neuromodulator').length, clinic.slug).toBe(1)
      expect(kinds.filter((kind) => kind === 'dermal-filler').length, clinic.slug).toBeGreaterThanOrEqual(2)
      expect(
        offerings.every((offering) => offering.currency === clinic.currency),
        clinic.slug,
      ).toBe(true)
      const botox = offerings.find(
        (offering) => typeof offering.treatment === 'object' && offering.treatment.kind === 'neuromodulator',
      )
      botoxPrices.add(botox!.priceFrom)
      expect(
        offerings.every((offering) => (offering.practitioners ?? []).length > 0),
        clinic.slug,
      ).toBe(true)
      const practitioners = await payload.count({
        collection: 'practitioners',
        where: { clinics: { contains: clinic.id } },
      })
      expect(practitioners.totalDocs, clinic.slug).toBeGreaterThanOrEqual(2)
    }
    expect(new Set(clinics.map((clinic) => clinic.currency)).size).toBe(clinics.length)
    expect(botoxPrices.size).toBe(clinics.length)
  })

  it('has at least six published articles, each medically reviewed', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { _status: { equals: 'published' } },
      depth: 0,
      limit: 100,
    })
    expect(docs.length).toBeGreaterThanOrEqual(6)
    expect(docs.every((article) => article.medicalReview?.reviewer && article.medicalReview.lastReviewed)).toBe(true)
  })

  it('gives every clinic leads in several pipeline stages from several sources', async () => {
    const { docs: clinics } = await payload.find({ collection: 'clinics', depth: 0 })
    for (const clinic of clinics) {
      const leads = await ofClinic('leads', clinic.id, 0)
      expect(new Set(leads.map((lead) => lead.status)).size, clinic.slug).toBeGreaterThanOrEqual(3)
      const sources = leads.map(
        (lead) => lead.attribution?.firstTouch?.utm_source ?? lead.attribution?.firstTouch?.referrer ?? 'direct',
      )
      expect(new Set(sources).size, clinic.slug).toBeGreaterThanOrEqual(2)
      expect(leads.every((lead) => lead.consent.version && lead.consent.givenAt)).toBe(true)
    }
  })

  it('writes every visitor-facing text in all five locales, and German differs from English', async () => {
    const checks: [CollectionSlug, string[]][] = [
      ['clinics', ['name', 'summary', 'address.city']],
      ['treatments', ['name', 'summary', 'howItWorks', 'substance']],
      ['practitioners', ['jobTitle', 'bio']],
      ['articles', ['title', 'excerpt', 'slug']],
      ['media', ['alt']],
    ]
    const read = (doc: unknown, path: string) =>
      path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], doc)
    for (const [collection, fields] of checks) {
      const { docs } = await payload.find({ collection, locale: 'all', depth: 0, limit: 200 })
      for (const doc of docs) {
        for (const field of fields) {
          const byLocale = read(doc, field) as Record<string, string>
          for (const locale of locales)
            expect(byLocale?.[locale], `${collection} ${doc.id} ${field} ${locale}`).toBeTruthy()
          if (!['name', 'address.city', 'slug'].includes(field)) {
            expect(byLocale.de, `${collection} ${doc.id} ${field}`).not.toBe(byLocale.en)
          }
        }
      }
    }
  })

  it('creates the documented demo logins', async () => {
    const { docs: clinics } = await payload.find({ collection: 'clinics', depth: 0 })
    const emails = [
      DEMO_ADMIN_EMAIL,
      ...clinics.flatMap((clinic) => (['owner', 'marketer'] as const).map((role) => demoStaffEmail(role, clinic.slug))),
    ]
    for (const email of emails) {
      const { user } = await payload.login({ collection: 'users', data: { email, password: DEMO_PASSWORD } })
      expect(user?.email).toBe(email)
    }
  })
})
