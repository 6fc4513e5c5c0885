/**
 * Scale of content: `npm run seed -- --clinics N` adds N complete clinics in every locale, the same N each time and
 * only once; the sitemap becomes an index of parts before a file would hold too many URLs; and a treatment edit that
 * touches every clinic's pages revalidates them in a request the signed endpoint accepts.
 */
import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { relationId } from '../access/roles'
import { translationStatusOf } from '../domain/translations'
import { locales } from '../i18n/locales'
import { scaleClinics } from '../seed/content/scaleClinics'
import { clinicCountFrom } from '../seed/args'
import { seedScaleClinics } from '../seed/scale'
import { absoluteUrl, pagePath, routePattern, type SitePage, sitePages } from '../site/pages'
import { MAX_PATHS, pathsToRevalidate, revalidateEndpoint } from '../site/revalidate'
import {
  SITEMAP_PARTS_ROUTE,
  SITEMAP_URLS_PER_FILE,
  type SitemapEntry,
  sitemapPartIndex,
  sitemapPartPath,
  sitemapPartXml,
  sitemapXml,
} from '../site/sitemap'
import { freshPayload } from './helpers/database'
import { treatmentBySlug } from './helpers/documents'
import { proxyAnswer } from './helpers/proxy'

// Outside the Next server there is no page cache: record what a change asks Next to revalidate.
const revalidated = vi.hoisted(() => [] as { path: string; type?: string }[])
vi.mock('next/cache', () => ({
  revalidatePath: (path: string, type?: string) => revalidated.push({ path, type }),
}))
// next-intl's middleware (the platform's language redirect at `/`) does not load outside Next; it is not under test.
vi.mock('next-intl/middleware', () => ({ default: () => () => new Response(null, { status: 307 }) }))

const GENERATED = 30

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
  await seedScaleClinics(payload, GENERATED)
})

const generatedClinics = async () =>
  (
    await payload.find({
      collection: 'clinics',
      where: { slug: { in: scaleClinics(GENERATED).map((clinic) => clinic.slug) } },
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'slug',
    })
  ).docs

describe('npm run seed -- --clinics N', () => {
  it('reads the number of clinics from the command line, and refuses anything but a count', () => {
    expect(clinicCountFrom(['--clinics', '1000'])).toBe(1000)
    expect(clinicCountFrom([])).toBe(0)
    expect(() => clinicCountFrom(['--clinics', 'many'])).toThrow(/--clinics <number of clinics>/)
    expect(() => clinicCountFrom(['--clinics'])).toThrow()
  })

  it('adds N published clinics, each complete in every locale, with a summary, address, hours and contact', async () => {
    const clinics = await generatedClinics()
    expect(clinics).toHaveLength(GENERATED)
    for (const clinic of clinics) {
      expect(clinic._status, clinic.slug).toBe('published')
      // What the admin's translation panel reports: no visitor text missing in any locale.
      const status = translationStatusOf('clinics', clinic)
      for (const locale of locales)
        expect(status[locale], `${clinic.slug} ${locale}`).toEqual({ required: [], optional: [] })
      expect(clinic.openingHours?.length, clinic.slug).toBeGreaterThan(0)
      expect(clinic.phone, clinic.slug).toMatch(/^\+\d[\d ]+$/)
      expect(clinic.email, clinic.slug).toMatch(/@/)
      expect(clinic.heroImage && clinic.logo, clinic.slug).toBeTruthy()
    }
    // Real cities in several countries, several to a country.
    const countries = new Set(clinics.map((clinic) => clinic.address.countryCode))
    expect(countries.size).toBeGreaterThanOrEqual(5)
  })

  it('shows each generated clinic to visitors in every locale, in that locale’s words', async () => {
    const [first] = scaleClinics(1)
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'clinics',
        where: { slug: { equals: first.slug } },
        locale,
        depth: 0,
        limit: 1,
        overrideAccess: false,
      })
      expect(docs[0]?.name, locale).toBe(first.name[locale])
      expect(docs[0]?.summary, locale).toBe(first.summary[locale])
      expect(docs[0]?.address.city, locale).toBe(first.address.city[locale])
    }
  })

  it('gives every clinic Botox and at least two fillers at its own prices, in its currency', async () => {
    const clinics = await generatedClinics()
    const { docs: offerings } = await payload.find({
      collection: 'offerings',
      where: { clinic: { in: clinics.map((clinic) => clinic.id) } },
      depth: 1,
      pagination: false,
    })
    for (const clinic of clinics) {
      const own = offerings.filter((offering) => relationId(offering.clinic) === clinic.id)
      const kinds = own.map((offering) => (typeof offering.treatment === 'object' ? offering.treatment.kind : null))
      expect(
        kinds.filter((kind) => kind === 'neuromodulator'),
        clinic.slug,
      ).toHaveLength(1)
      expect(kinds.filter((kind) => kind === 'dermal-filler').length, clinic.slug).toBeGreaterThanOrEqual(2)
      expect(
        own.every((offering) => offering.currency === clinic.currency && offering.priceFrom > 0),
        clinic.slug,
      ).toBe(true)
    }
    expect(new Set(offerings.map((offering) => offering.priceFrom)).size).toBeGreaterThan(GENERATED / 2)
  })

  it('generates the same clinics for the same N, the first N of any larger run, each with its own address', () => {
    expect(scaleClinics(GENERATED)).toEqual(scaleClinics(GENERATED))
    expect(scaleClinics(GENERATED + 10).slice(0, GENERATED)).toEqual(scaleClinics(GENERATED))
    const thousand = scaleClinics(1000)
    expect(new Set(thousand.map((clinic) => clinic.slug)).size).toBe(1000)
    expect(new Set(thousand.map((clinic) => clinic.email)).size).toBe(1000)
  })

  it('adds nothing when run again, and only the missing clinics for a larger N', async () => {
    const counts = async () => ({
      clinics: (await payload.count({ collection: 'clinics' })).totalDocs,
      offerings: (await payload.count({ collection: 'offerings' })).totalDocs,
      media: (await payload.count({ collection: 'media' })).totalDocs,
    })
    const before = await counts()
    const ids = (await generatedClinics()).map((clinic) => clinic.id)
    await seedScaleClinics(payload, GENERATED)
    expect(await counts()).toEqual(before)
    expect((await generatedClinics()).map((clinic) => clinic.id)).toEqual(ids)

    await seedScaleClinics(payload, GENERATED + 2)
    expect((await counts()).clinics).toBe(before.clinics + 2)
  })
})

/** `count` entries whose addresses are numbered, for the splitting rules. */
const entries = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    url: `https://clinics.test/en/page-${index}`,
    alternates: { en: `https://clinics.test/en/page-${index}`, de: `https://clinics.test/de/seite-${index}` },
  }))

const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map(([, loc]) => loc)

describe('the sitemap', () => {
  it('stays one file while its URLs fit, each with its alternates', () => {
    const xml = sitemapXml(entries(10), 10)
    expect(xml).toContain('<urlset')
    expect(locs(xml)).toEqual(entries(10).map((entry) => entry.url))
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="de" href="https://clinics.test/de/seite-9" />')
    expect(sitemapPartXml(entries(10), 0, 10)).toBeUndefined()
  })

  it('becomes an index of parts once it would hold more than a file’s limit, every URL in exactly one part', () => {
    const all = entries(25)
    const index = sitemapXml(all, 10)
    expect(index).toContain('<sitemapindex')
    const parts = locs(index)
    expect(parts.map((url) => new URL(url).pathname)).toEqual(['/sitemap/0.xml', '/sitemap/1.xml', '/sitemap/2.xml'])
    const listed = parts.map((url) => locs(sitemapPartXml(all, sitemapPartIndex(url.split('/').pop()!)!, 10)!))
    expect(listed.map((part) => part.length)).toEqual([10, 10, 5])
    expect(listed.flat()).toEqual(all.map((entry) => entry.url))
    expect(sitemapPartXml(all, 3, 10)).toBeUndefined()
  })

  it('splits well before the protocol’s 50 000 URLs a file', () => {
    expect(SITEMAP_URLS_PER_FILE).toBeLessThanOrEqual(50_000)
    expect(sitemapXml(entries(SITEMAP_URLS_PER_FILE + 1))).toContain('<sitemapindex')
  })

  it('answers only part addresses that exist', () => {
    expect(['0.xml', '12.xml', '99.xml', '01.xml', '1', 'x.xml', '-1.xml', '100.xml'].map(sitemapPartIndex)).toEqual([
      0,
      12,
      99,
      undefined,
      undefined,
      undefined,
      undefined,
      // Past the last part anyone may ask for: answered at once, without reading the content.
      undefined,
    ])
  })

  it('serves its parts beside /sitemap.xml, where the locale proxy lets them through', async () => {
    const onPlatform = (address: string) => proxyAnswer('localhost:3000', address)
    for (const part of [0, 1, 12].map(sitemapPartPath)) expect(await onPlatform(part), part).toBe('next')
    // Anything else there is no page: the proxy answers it with the 404.
    expect(await onPlatform('/sitemap/x.xml')).toBe('/en/not-a-page')
  })

  it('lists every generated clinic’s page and comparison in every locale', async () => {
    // Imported once the database is chosen: the site's queries load the Payload config.
    const { sitemapEntries } = await import('../queries/sitemap')
    const urls = new Set((await sitemapEntries()).map((entry) => entry.url))
    for (const clinic of scaleClinics(GENERATED)) {
      for (const page of [sitePages.clinic(clinic.slug), sitePages.comparison(clinic.slug)]) {
        for (const locale of locales) expect(urls).toContain(absoluteUrl(pagePath(locale, page)))
      }
    }
  })
})

/** The signed request a script's change sends to the site (site/revalidate.ts), as the endpoint receives it. */
function signedRevalidation(paths: string[]) {
  const body = JSON.stringify({ paths })
  const request = new Request('http://localhost/api/revalidate', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'x-revalidate-signature': createHmac('sha256', payload.secret).update(body).digest('hex'),
    },
    body,
  })
  return Object.assign(request, { payload }) as never
}

const clinicRoutes: SitePage['pathname'][] = [
  '/clinics/[clinic]',
  '/clinics/[clinic]/botox-vs-fillers',
  '/clinics/[clinic]/thank-you',
]

describe('a treatment edit that touches every clinic', () => {
  it('revalidates 1 000 clinics’ pages in every locale with one pattern per page type, within the endpoint’s limit', () => {
    const pages = scaleClinics(1000).flatMap(({ slug }) => [
      sitePages.clinic(slug),
      sitePages.comparison(slug),
      sitePages.thankYou(slug),
    ])
    const paths = pathsToRevalidate([...pages, sitePages.treatment('botulinum-toxin')])
    expect(paths.length).toBeLessThanOrEqual(MAX_PATHS)
    expect(paths).toEqual(
      expect.arrayContaining([...clinicRoutes.map(routePattern), '/sitemap.xml', SITEMAP_PARTS_ROUTE]),
    )
    // A treatment's own page stays one path per locale.
    for (const locale of locales) expect(paths).toContain(`/${locale}/treatments/botulinum-toxin`)
    expect(paths.some((path) => path.includes(scaleClinics(1)[0].slug))).toBe(false)
  })

  it('still names each page when a change touches a few clinics', () => {
    const paths = pathsToRevalidate([sitePages.comparison('berlin-mitte')])
    for (const locale of locales) expect(paths).toContain(`/${locale}/clinics/berlin-mitte/botox-vs-fillers`)
  })

  it('is accepted by the signed endpoint when made from a script, and marks every clinic’s comparison page stale', async () => {
    const treatment = await treatmentBySlug(payload, 'botulinum-toxin')
    revalidated.length = 0
    await payload.update({
      collection: 'treatments',
      id: treatment.id,
      locale: 'en',
      data: { name: `${treatment.name} ` },
      depth: 0,
    })
    const paths = [...new Set(revalidated.map((entry) => entry.path))]
    expect(revalidated).toContainEqual({ path: routePattern('/clinics/[clinic]/botox-vs-fillers'), type: 'page' })
    expect(revalidated).toContainEqual({ path: SITEMAP_PARTS_ROUTE, type: 'layout' })

    revalidated.length = 0
    const response: Response = await revalidateEndpoint.handler(signedRevalidation(paths))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ revalidated: paths.length })
    expect(revalidated.map((entry) => entry.path)).toEqual(paths)
  })
})
