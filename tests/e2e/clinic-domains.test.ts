/**
 * Clinics' own websites on their own domains, from the production build, with two clinics' domains mapped to loopback
 * (Host headers over HTTP, `--host-resolver-rules` in Chromium): each host shows only its clinic, in every locale,
 * with its own canonical addresses, sitemap and robots.txt; leads sent there land in the clinic's inbox with the host
 * and the visit's attribution; an edit reaches the platform's page and the domain's within a second; a domain that
 * moves or is removed redirects within a second, and a domain given to another clinic never shows the one before; an
 * unknown host gets a 404, never a clinic's pages.
 */
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONSENT_VERSION } from '../../domain/leadSubmission'
import { defaultLocale, type Locale, locales } from '../../i18n/locales'
import { translatorFor } from '../../i18n/translator'
import type { Offering, Treatment } from '../../payload-types'
import { priceFromText } from '../helpers/prices'
import { clinics as seededClinics } from '../../seed/content/clinics'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '../../seed/content/users'
import { ALL, type ClinicDomain, domainPagePath, pagePath, pageUrl, type SitePage, sitePages } from '../../site/pages'
import { CLINIC_A, CLINIC_B, clinicId, userByEmail } from '../helpers/actors'
import { accessibilityViolations, hasBrowser, launchBrowser, signInToAdmin } from '../helpers/browser'
import { freshDatabase, freshPayload } from '../helpers/database'
import { type HostResponse, requestOnHost } from '../helpers/hosts'
import { signInOver } from '../helpers/http'
import { imagesOnPage } from '../helpers/pages'
import { startProductionServer } from '../helpers/server'

/** Berlin Mitte's domain, seeded. */
const DOMAIN = seededClinics.find((clinic) => clinic.slug === CLINIC_B)!.customDomain!
const SITE: ClinicDomain = { domain: DOMAIN, clinic: CLINIC_B }
/** A second clinic's domain, which the admin gives Marylebone over REST before the tests. */
const SITE_A: ClinicDomain = { domain: `${CLINIC_A}.example`, clinic: CLINIC_A }
const SITES = [SITE_A, SITE]
/** The seeded clinic that keeps its pages on the platform. */
const CLINIC_WITHOUT_DOMAIN = 'dubai-jumeirah'
/** Another domain for the same clinic, once the admin moves it there. */
const NEW_DOMAIN = 'lumen-berlin.example'
/** How soon a change of content or of a domain shows on every host that shows it. */
const LIVE_WITHIN_MS = 1000

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let port: string
let adminToken: string

/** What a browser on the domain sees at `path`. */
const onDomain = (path: string, headers: Record<string, string> = {}, domain = DOMAIN) =>
  requestOnHost(`${server.url}${path}`, `${domain}:${port}`, { headers })
const domainUrl = (path: string, domain = DOMAIN) => `http://${domain}:${port}${path}`
const domainPath = (locale: Locale, page: SitePage, site = SITE) => domainPagePath(locale, page, site)!
/** The other of the two clinics' domains. */
const otherSite = (site: ClinicDomain) => SITES.find((other) => other !== site)!

const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]
const ogUrlOf = (html: string) => html.match(/<meta property="og:url" content="([^"]+)"/)?.[1]
const alternatesOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  )
const siteNameOf = (html: string) => html.match(/class="site-name"[^>]*>([^<]*)</)?.[1]
const h1Of = (html: string) => html.match(/<h1[^>]*>([^<]*)</)?.[1]
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc)
type JsonLd = Record<string, unknown> & { '@type': string; '@id'?: string; url?: string }
const jsonLdOf = (html: string): JsonLd[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(([, json]) => JSON.parse(json))
/** The JSON-LD of what the page is about (a clinic, a person, a procedure, a web page): all but its breadcrumbs. */
const subjectOf = (html: string) => jsonLdOf(html).find((data) => data['@type'] !== 'BreadcrumbList')!
const breadcrumbItemsOf = (html: string) =>
  (jsonLdOf(html).find((data) => data['@type'] === 'BreadcrumbList')!.itemListElement as { item: string }[]).map(
    (crumb) => crumb.item,
  )

async function clinicNamed(slug: string, locale: Locale) {
  const { docs } = await payload.find({ collection: 'clinics', locale, where: { slug: { equals: slug } }, depth: 0 })
  return docs[0]
}

/**
 * What a clinic's domain shows besides its own three pages, in a locale: the treatments it offers with its prices,
 * its practitioners and its articles (published).
 */
async function clinicContent(slug: string, locale: Locale) {
  const clinic = await clinicId(payload, slug)
  const published = { _status: { equals: 'published' } } as const
  const [offerings, practitioners, articles] = await Promise.all([
    payload.find({
      collection: 'offerings',
      locale,
      depth: 1,
      pagination: false,
      where: { clinic: { equals: clinic } },
    }),
    payload.find({
      collection: 'practitioners',
      locale,
      depth: 0,
      pagination: false,
      where: { and: [{ clinics: { contains: clinic } }, published] },
    }),
    payload.find({
      collection: 'articles',
      locale,
      depth: 0,
      pagination: false,
      where: { and: [{ clinic: { equals: clinic } }, published] },
    }),
  ])
  return {
    offerings: offerings.docs as (Offering & { treatment: Treatment })[],
    treatments: offerings.docs.map((offering) => sitePages.treatment((offering.treatment as Treatment).slug)),
    practitioners: practitioners.docs.map((practitioner) => ({
      name: practitioner.name,
      page: sitePages.practitioner(practitioner.slug),
    })),
    articles: articles.docs.map((article) => ({ name: article.title, page: sitePages.article(article.slug) })),
  }
}

/** Polls until `check` passes, for as long as a change may take to show; returns how long that took. */
async function timeUntil(check: () => Promise<boolean>, timeoutMs = LIVE_WITHIN_MS): Promise<number> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Date.now() - start
}

/** An admin sets a clinic's domain (null removes it) over REST, as the admin's form saves it. */
async function setDomainOverHttp(slug: string, customDomain: string | null) {
  const response = await fetch(`${server.url}/api/clinics/${await clinicId(payload, slug)}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${adminToken}` },
    body: JSON.stringify({ customDomain }),
  })
  expect(response.status, await response.text()).toBe(200)
}

beforeAll(async () => {
  const database = await freshDatabase()
  // Its own build folder: the other browser tests build theirs at the same time.
  server = await startProductionServer(database, { NEXT_DIST_DIR: '.next-domains' })
  port = new URL(server.url).port
  payload = await freshPayload(database)
  adminToken = await signInOver(server.url, DEMO_ADMIN_EMAIL)
  // A domain added after the build: its pages are rendered on their first visit.
  await setDomainOverHttp(SITE_A.clinic, SITE_A.domain)
})

afterAll(async () => {
  await server?.stop()
})

describe('a clinic’s own domain', () => {
  it('sends / to the clinic’s home in the visitor’s language, per request', async () => {
    for (const [wanted, locale] of [
      ['de-DE,de;q=0.9,en;q=0.5', 'de'],
      ['fr-CH, fr;q=0.9', 'fr'],
      ['ar', 'ar'],
      ['ja', defaultLocale],
      ['', defaultLocale],
    ]) {
      const response = await onDomain('/', { 'Accept-Language': wanted })
      expect(response.status, wanted).toBe(307)
      expect(response.headers.location, wanted).toBe(`/${locale}`)
      expect(response.headers.vary).toMatch(/Accept-Language/i)
      expect(response.headers['cache-control']).toMatch(/no-store/)
    }
    // A campaign's link to the domain keeps its parameters for the attribution on the page it lands on.
    const campaign = '?utm_source=clinic-newsletter&utm_campaign=spring'
    const fromCampaign = await onDomain(`/${campaign}`, { 'Accept-Language': 'de' })
    expect(fromCampaign.headers.location).toBe(`/de${campaign}`)
  })

  it('shows its clinic’s home, comparison and thank-you pages in every locale, static and with canonical addresses there', async () => {
    for (const locale of locales) {
      const [name, otherName] = await Promise.all([clinicNamed(CLINIC_B, locale), clinicNamed(CLINIC_A, locale)])
      for (const page of [sitePages.clinic(CLINIC_B), sitePages.comparison(CLINIC_B), sitePages.thankYou(CLINIC_B)]) {
        const path = domainPath(locale, page)
        const response = await onDomain(path)
        expect(response.status, path).toBe(200)
        // Cacheable by a shared cache in front, like the platform's pages.
        expect(response.headers['set-cookie'], path).toBeUndefined()
        expect(response.headers['cache-control'], path).toMatch(/s-maxage=\d+/)
        expect(response.body, path).toContain(name.name)
        expect(response.body, path).not.toContain(otherName.name)
        // No link on the domain goes through the platform's clinic addresses.
        expect(response.body, path).not.toMatch(/href="[^"]*\/(clinics|kliniken|cliniques|clinicas)\//)
      }
      const home = await onDomain(`/${locale}`)
      expect(h1Of(home.body)).toBe(name.name)
      expect(canonicalOf(home.body)).toBe(domainUrl(`/${locale}`))
      expect(alternatesOf(home.body)).toEqual({
        ...Object.fromEntries(locales.map((other) => [other, domainUrl(`/${other}`)])),
        'x-default': domainUrl(`/${defaultLocale}`),
      })
      const comparison = await onDomain(domainPath(locale, sitePages.comparison(CLINIC_B)))
      expect(canonicalOf(comparison.body)).toBe(domainUrl(domainPath(locale, sitePages.comparison(CLINIC_B))))
      expect(h1Of(comparison.body)).toBe(translatorFor(locale)('Comparison.title', { clinic: name.name }))
    }
  })

  it.each(SITES)(
    'shows on $domain only its clinic in every locale: its treatments with its prices, its practitioners and articles, static',
    async (site) => {
      const other = otherSite(site)
      const { docs: everyOffering } = await payload.find({ collection: 'offerings', depth: 0, pagination: false })
      for (const locale of locales) {
        const [own, others, name, otherName] = await Promise.all([
          clinicContent(site.clinic, locale),
          clinicContent(other.clinic, locale),
          clinicNamed(site.clinic, locale).then((clinic) => clinic.name),
          clinicNamed(other.clinic, locale).then((clinic) => clinic.name),
        ])
        const shown = [
          sitePages.clinic(site.clinic),
          sitePages.comparison(site.clinic),
          sitePages.thankYou(site.clinic),
          sitePages.articles,
          ...own.treatments,
          ...[...own.practitioners, ...own.articles].map(({ page }) => page),
        ]
        for (const page of shown) {
          const path = domainPath(locale, page, site)
          const response = await onDomain(path, {}, site.domain)
          expect(response.status, `${site.domain}${path}`).toBe(200)
          // Cacheable by a shared cache in front, like the platform's pages (tests/e2e/site/http.ts).
          expect(response.headers['set-cookie'], path).toBeUndefined()
          expect(response.headers['cache-control'], path).toMatch(/s-maxage=\d+/)
          expect(response.body, path).toContain(name)
          expect(response.body, path).not.toContain(otherName)
        }
        // Each treatment page shows this clinic's price, not the other clinics' for the same treatment.
        for (const offering of own.offerings) {
          const path = domainPath(locale, sitePages.treatment(offering.treatment.slug), site)
          const { body } = await onDomain(path, {}, site.domain)
          expect(body, path).toContain(priceFromText(locale, offering.priceFrom, offering.currency!))
          for (const elsewhere of everyOffering.filter(
            (candidate) => candidate.treatment === offering.treatment.id && candidate.id !== offering.id,
          )) {
            expect(body, path).not.toContain(priceFromText(locale, elsewhere.priceFrom, elsewhere.currency!))
          }
        }
        // The other clinic's practitioners and articles, and treatments this clinic does not offer, are its 404.
        const notOffered = others.offerings.filter(
          (offering) => !own.offerings.some((mine) => mine.treatment.id === offering.treatment.id),
        )
        const foreign = [
          ...others.practitioners.filter(
            (practitioner) => !own.practitioners.some((mine) => mine.name === practitioner.name),
          ),
          ...others.articles,
          ...notOffered.map((offering) => ({
            name: offering.treatment.name,
            page: sitePages.treatment(offering.treatment.slug),
          })),
        ]
        expect(foreign.length).toBeGreaterThan(2)
        if (site === SITE_A) expect(notOffered, 'a treatment Marylebone does not offer').not.toHaveLength(0)
        for (const { name: foreignName, page } of foreign) {
          const path = domainPath(locale, page, site)
          const response = await onDomain(path, {}, site.domain)
          expect(response.status, `${site.domain}${path}`).toBe(404)
          expect(response.body, path).not.toContain(foreignName)
          expect(response.body, path).not.toContain(otherName)
        }
      }
    },
    180_000,
  )

  it.each(SITES)(
    'serves nothing else on $domain: other clinics, the directory and unknown addresses are its 404, the admin is the platform’s',
    async (site) => {
      const otherName = (await clinicNamed(otherSite(site).clinic, 'de')).name
      for (const page of [
        sitePages.clinic(otherSite(site).clinic),
        sitePages.comparison(otherSite(site).clinic),
        sitePages.clinic(site.clinic),
        sitePages.directory('all', 'all'),
      ]) {
        const response = await onDomain(pagePath('de', page), {}, site.domain)
        expect(response.status, pagePath('de', page)).toBe(404)
        expect(response.body).not.toContain(otherName)
      }
      for (const path of ['/de/gibt-es-nicht', '/wp-login.php', `/site/${site.domain}/de`, '/sitemap/0.xml']) {
        expect((await onDomain(path, {}, site.domain)).status, path).toBe(404)
      }
      const admin = await onDomain('/admin', {}, site.domain)
      expect(admin.status).toBe(307)
      expect(admin.headers.location).toBe(`${server.url}/admin`)
    },
  )

  it('is the canonical home of each clinic’s pages, with its own sitemap and robots.txt; the platform’s lists the rest', async () => {
    const platformSitemap = locsOf(await (await fetch(`${server.url}/sitemap.xml`)).text())
    expect(platformSitemap).toContain(`${server.url}${pagePath('de', sitePages.comparison(CLINIC_WITHOUT_DOMAIN))}`)
    for (const site of SITES) {
      const comparison = sitePages.comparison(site.clinic)
      const platformPage = await (await fetch(`${server.url}${pagePath('de', comparison)}`)).text()
      expect(canonicalOf(platformPage)).toBe(domainUrl(domainPath('de', comparison, site), site.domain))

      const domainSitemap = locsOf((await onDomain('/sitemap.xml', {}, site.domain)).body)
      for (const locale of locales) {
        expect(domainSitemap).toContain(domainUrl(`/${locale}`, site.domain))
        expect(domainSitemap).toContain(domainUrl(domainPath(locale, comparison, site), site.domain))
      }
      expect(domainSitemap.every((loc) => loc.startsWith(domainUrl('/', site.domain)))).toBe(true)

      expect(platformSitemap).not.toContain(`${server.url}${pagePath('de', comparison)}`)
      expect(platformSitemap.some((loc) => loc.includes(site.domain))).toBe(false)

      const robots = await onDomain('/robots.txt', {}, site.domain)
      expect(robots.body).toContain(`Sitemap: ${domainUrl('/sitemap.xml', site.domain)}`)
      expect(robots.body).toMatch(/Disallow: \/admin/)
    }
  })

  it.each(SITES)(
    'names $domain in the canonical link, Open Graph URL, JSON-LD and breadcrumbs of its pages, on the platform’s copies too',
    async (site) => {
      for (const locale of locales) {
        const { treatments, practitioners, articles } = await clinicContent(site.clinic, locale)
        const clinicPages = [sitePages.clinic(site.clinic), sitePages.comparison(site.clinic), articles[0].page]
        for (const page of [...clinicPages, treatments[0], practitioners[0].page]) {
          const address = pageUrl(locale, page, site)
          expect(address.startsWith(domainUrl('/', site.domain)), address).toBe(true)
          const { body } = await onDomain(domainPath(locale, page, site), {}, site.domain)
          expect([canonicalOf(body), ogUrlOf(body)], address).toEqual([address, address])
          const subject = subjectOf(body)
          expect(subject.url, address).toBe(address)
          expect(subject['@id']?.split('#')[0], address).toBe(address)
          // The trail of its own site, ending at the page itself.
          const trail = breadcrumbItemsOf(body)
          expect(trail.at(-1), address).toBe(address)
          expect(
            trail.every((item) => item.startsWith(domainUrl('/', site.domain))),
            address,
          ).toBe(true)

          // The clinic's pages and articles on the platform: one canonical address, and what search engines read
          // there is the domain page's, word for word.
          if (!clinicPages.includes(page)) continue
          const copy = await (await fetch(`${server.url}${pagePath(locale, page)}`)).text()
          expect([canonicalOf(copy), ogUrlOf(copy)], `platform copy of ${address}`).toEqual([address, address])
          expect(alternatesOf(copy)).toEqual(alternatesOf(body))
          expect(jsonLdOf(copy), `platform copy of ${address}`).toEqual(jsonLdOf(body))
        }
      }
    },
    120_000,
  )

  it('answers a host no clinic has with a 404, never a clinic’s pages', async () => {
    const name = (await clinicNamed(CLINIC_B, 'de')).name
    for (const path of ['/', '/de', '/de/botox-oder-filler', '/sitemap.xml', '/robots.txt']) {
      const response = await onDomain(path, {}, 'unknown-clinic.example')
      expect(response.status, path).toBe(404)
      expect(response.body, path).not.toContain(name)
    }
  })

  it('takes a consultation request sent on the domain into its clinic’s inbox, with the host it came from', async () => {
    /** A lead for `clinic` sent with `host`, as the form's JSON endpoint takes it; answers the stored lead. */
    const leadSentOn = async (host: string, clinic: string, email: string) => {
      const response: HostResponse = await requestOnHost(`${server.url}/api/leads`, host, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.77' },
        body: JSON.stringify({ clinic, name: 'Domain Visitor', email, consent: true, locale: 'de' }),
      })
      expect(response.status).toBe(201)
      const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: email } } })
      expect(docs).toHaveLength(1)
      return docs[0]
    }
    for (const site of SITES) {
      const lead = await leadSentOn(`${site.domain}:${port}`, site.clinic, `visitor@${site.domain}`)
      expect(lead).toMatchObject({ host: site.domain })
      expect((lead.clinic as { slug: string }).slug).toBe(site.clinic)
    }
    // A Host no page of that clinic is on (another clinic's domain, a made-up name) is the client's invention.
    for (const [host, email] of [
      [`${DOMAIN}:${port}`, 'other.clinic@example.com'],
      [`made-up.example:${port}`, 'made.up@example.com'],
    ]) {
      expect(await leadSentOn(host, CLINIC_A, email)).toMatchObject({ host: 'other' })
    }
  })

  it('shows an edit on the platform’s page and the domain’s within a second', async () => {
    const clinic = await clinicId(payload, CLINIC_B)
    const summary = `Neu eröffnet ${Date.now()}`
    const platformPath = pagePath('de', sitePages.comparison(CLINIC_B))
    const onPlatform = async () =>
      (await (await fetch(`${server.url}${pagePath('de', sitePages.clinic(CLINIC_B))}`)).text()).includes(summary)
    await payload.update({ collection: 'clinics', id: clinic, locale: 'de', data: { summary } })
    const visible = await Promise.all([
      timeUntil(onPlatform),
      timeUntil(async () => (await onDomain('/de')).body.includes(summary)),
    ])
    expect(Math.max(...visible)).toBeLessThan(LIVE_WITHIN_MS)
    expect((await fetch(`${server.url}${platformPath}`)).status).toBe(200)
  })

  it.skipIf(!hasBrowser)(
    'works in a browser on each domain: its clinic in every locale, the language switcher, accessibility, the form with its attribution and consent',
    async () => {
      let browser: Browser | undefined
      try {
        browser = await launchBrowser([
          `--host-resolver-rules=${SITES.map((site) => `MAP ${site.domain} 127.0.0.1`).join(',')}`,
        ])
        const page = await browser.newPage()
        for (const site of SITES) {
          for (const locale of locales) {
            await page.goto(domainUrl(`/${locale}`, site.domain))
            const name = (await clinicNamed(site.clinic, locale)).name
            expect(await page.locator('h1').innerText()).toBe(name)
            expect(await page.locator('.site-name').innerText()).toBe(name)
            expect(await page.locator('html').getAttribute('lang')).toBe(locale)
            expect(await page.locator('body').innerText()).not.toContain(
              (await clinicNamed(otherSite(site).clinic, locale)).name,
            )
          }
        }

        // A visitor from a campaign's link to the domain, who allows attribution.
        const campaign = { utm_source: 'clinic-newsletter', utm_campaign: 'spring-offer' }
        const query = `?${new URLSearchParams(campaign)}`
        await page.goto(domainUrl(`/${query}`), { waitUntil: 'load' })
        expect(page.url()).toBe(domainUrl(`/${defaultLocale}${query}`))
        expect(await accessibilityViolations(page)).toEqual([])
        await page.getByRole('button', { name: translatorFor(defaultLocale)('Consent.accept') }).click()
        // The clinic's photos, resized by next/image on the domain.
        const images = await imagesOnPage(page)
        expect(images.count).toBeGreaterThan(0)
        expect(images.notShown).toEqual([])
        await page.locator('.language-switcher').getByRole('link', { name: 'Deutsch' }).click()
        await page.waitForURL(domainUrl('/de'))
        await page
          .getByRole('link', { name: /Botox|Filler/ })
          .first()
          .click()
        await page.waitForURL(domainUrl(domainPath('de', sitePages.comparison(CLINIC_B))))
        expect(await accessibilityViolations(page)).toEqual([])
        // The clinic's own prices, every treatment it compares (the hidden filler columns too).
        const table = await page.locator('.comparison table').textContent()
        const { docs: offerings } = await payload.find({
          collection: 'offerings',
          where: { clinic: { equals: await clinicId(payload, CLINIC_B) } },
          pagination: false,
        })
        for (const offering of offerings) {
          if ((offering.treatment as { kind: string }).kind === 'other') continue
          expect(table).toContain(priceFromText('de', offering.priceFrom, offering.currency!))
        }
        // The consent the visitor gives is the clinic's wording of the current version, as on the platform.
        const clinicName = (await clinicNamed(CLINIC_B, 'de')).name
        expect(await page.locator('label[for="lead-consent"]').innerText()).toBe(
          translatorFor('de')('LeadForm.consent', { clinic: clinicName }),
        )
        await page.fill('#lead-name', 'Browser Domain')
        await page.fill('#lead-email', 'browser.domain@example.com')
        await page.check('#lead-consent')
        // The form refuses a request filled in faster than a person could (LEAD_MIN_FILL_SECONDS).
        await page.waitForTimeout(3_100)
        await page.click('.lead-form button[type="submit"]')
        await page.waitForURL(domainUrl(domainPath('de', sitePages.thankYou(CLINIC_B))), { timeout: 15_000 })
        const { docs } = await payload.find({
          collection: 'leads',
          where: { email: { equals: 'browser.domain@example.com' } },
        })
        expect(docs).toHaveLength(1)
        const [lead] = docs
        const landed = { ...campaign, landingPage: `/${defaultLocale}` }
        expect(lead).toMatchObject({
          host: DOMAIN,
          locale: 'de',
          source: campaign.utm_source,
          consent: { version: CONSENT_VERSION },
          attribution: { firstTouch: landed, lastTouch: landed },
        })
        expect(Date.now() - new Date(lead.consent.givenAt).getTime()).toBeLessThan(60_000)
      } finally {
        await browser?.close()
      }
    },
  )

  it.skipIf(!hasBrowser)('shows the admin the DNS record the clinic’s domain needs', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      await signInToAdmin(page, server.url, DEMO_ADMIN_EMAIL, DEMO_PASSWORD)
      await page.goto(`${server.url}/admin/collections/clinics/${await clinicId(payload, CLINIC_B)}`)
      const record = page.getByTestId('domain-record')
      await record.waitFor({ timeout: 30_000 })
      const text = await record.innerText()
      for (const part of ['CNAME', DOMAIN, new URL(server.url).hostname]) expect(text).toContain(part)
    } finally {
      await browser.close()
    }
  })

  it('redirects the old domain’s pages permanently within a second once an admin moves the clinic to a new one', async () => {
    const clinic = await clinicId(payload, CLINIC_B)
    const admin = await userByEmail(payload, DEMO_ADMIN_EMAIL)
    // Visited before the move: their cached copies must not outlive it.
    const comparison = domainPath('fr', sitePages.comparison(CLINIC_B))
    expect((await onDomain(comparison)).status).toBe(200)
    await payload.update({
      collection: 'clinics',
      id: clinic,
      data: { customDomain: NEW_DOMAIN },
      user: admin,
      overrideAccess: false,
    })
    // The move revalidates the clinic's pages on every domain it had, as an edit does (site/documentPages.ts).
    expect(await timeUntil(async () => (await onDomain(comparison)).status === 308)).toBeLessThan(LIVE_WITHIN_MS)
    const moved = await onDomain(comparison)
    expect(moved.headers.location).toBe(domainUrl(comparison, NEW_DOMAIN))
    const root = await onDomain('/', { 'Accept-Language': 'es' })
    expect(root.status).toBe(308)
    expect(root.headers.location).toBe(domainUrl('/es', NEW_DOMAIN))
    const there = await onDomain(comparison, {}, NEW_DOMAIN)
    expect(there.status).toBe(200)
    expect(canonicalOf(there.body)).toBe(domainUrl(comparison, NEW_DOMAIN))
  })

  it('redirects a removed domain’s pages permanently to the platform’s within a second; a domain given to another clinic never shows the one before', async () => {
    const site = SITE_A
    const pages = (
      await Promise.all(
        locales.map(async (locale) => {
          const { treatments, practitioners, articles } = await clinicContent(site.clinic, locale)
          const onDomainAndPlatform: [SitePage, SitePage][] = [
            ...[
              sitePages.clinic(site.clinic),
              sitePages.comparison(site.clinic),
              sitePages.thankYou(site.clinic),
              ...treatments,
              ...[...practitioners, ...articles].map(({ page }) => page),
            ].map((page): [SitePage, SitePage] => [page, page]),
            // The domain's article list is the clinic's selection on the platform.
            [sitePages.articles, sitePages.articleSelection(site.clinic, ALL)],
          ]
          return onDomainAndPlatform.map(([page, platform]) => ({
            locale,
            page,
            platform,
            path: domainPath(locale, page, site),
          }))
        }),
      )
    ).flat()
    const onOldHost = (path: string) => onDomain(path, {}, site.domain)
    // Each is cached on the host now, its clinic's page.
    for (const { path } of pages) expect((await onOldHost(path)).status, path).toBe(200)

    await setDomainOverHttp(site.clinic, null)
    const [first] = pages
    expect(await timeUntil(async () => (await onOldHost(first.path)).status === 308)).toBeLessThan(LIVE_WITHIN_MS)
    // No page of the old host serves its cached copy once the first redirects: each is a redirect at its first request.
    for (const { locale, platform, path } of pages) {
      const response = await onOldHost(path)
      expect(response.status, path).toBe(308)
      expect(response.headers.location, path).toBe(pageUrl(locale, platform))
    }
    const root = await onOldHost('/')
    expect([root.status, root.headers.location]).toEqual([308, pageUrl(defaultLocale, sitePages.clinic(site.clinic))])
    // The platform's pages are the clinic's one address again; what the old host has no target for is a 404.
    const platformPage = await (await fetch(pageUrl('de', sitePages.comparison(site.clinic)))).text()
    expect(canonicalOf(platformPage)).toBe(pageUrl('de', sitePages.comparison(site.clinic)))
    for (const path of ['/sitemap.xml', '/robots.txt', '/de/gibt-es-nicht']) {
      expect((await onOldHost(path)).status, path).toBe(404)
    }

    // The admin gives the free domain to another clinic: the host is that clinic's site, never the one before.
    const [before, after] = [site.clinic, CLINIC_WITHOUT_DOMAIN]
    await setDomainOverHttp(after, site.domain)
    const newName = (await clinicNamed(after, defaultLocale)).name
    expect(await timeUntil(async () => (await onOldHost(`/${defaultLocale}`)).body.includes(newName))).toBeLessThan(
      LIVE_WITHIN_MS,
    )
    const newSite: ClinicDomain = { domain: site.domain, clinic: after }
    for (const locale of locales) {
      const [oldName, name, own, old] = await Promise.all([
        clinicNamed(before, locale).then((clinic) => clinic.name),
        clinicNamed(after, locale).then((clinic) => clinic.name),
        clinicContent(after, locale),
        clinicContent(before, locale),
      ])
      // The addresses the new clinic's site has among the old one's: its own pages, the treatments it offers too, and
      // the practitioners who work at both.
      const itsPaths = new Set(
        [
          sitePages.clinic(after),
          sitePages.comparison(after),
          sitePages.thankYou(after),
          sitePages.articles,
          ...own.treatments,
          ...own.practitioners.map(({ page }) => page),
        ].map((page) => domainPath(locale, page, newSite)),
      )
      for (const { path, page } of pages.filter((candidate) => candidate.locale === locale)) {
        const response = await onOldHost(path)
        const shown = itsPaths.has(path)
        expect(response.status, path).toBe(shown ? 200 : 404)
        if (shown) expect(siteNameOf(response.body), path).toBe(name)
        // A practitioner of both clinics lists both where they work.
        if (page.pathname !== '/practitioners/[practitioner]') expect(response.body, path).not.toContain(oldName)
      }
      for (const offering of own.offerings) {
        const { body } = await onOldHost(domainPath(locale, sitePages.treatment(offering.treatment.slug), newSite))
        expect(body).toContain(priceFromText(locale, offering.priceFrom, offering.currency!))
        const previous = old.offerings.find((candidate) => candidate.treatment.id === offering.treatment.id)
        if (previous) expect(body).not.toContain(priceFromText(locale, previous.priceFrom, previous.currency!))
      }
    }
  })
})
