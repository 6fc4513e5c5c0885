/**
 * A clinic's own website on its own domain, from the production build, with the domains mapped to loopback (Host
 * headers over HTTP, `--host-resolver-rules` in Chromium): each host shows only its clinic, in every locale, with
 * its own canonical addresses, sitemap and robots.txt; leads sent there land in the clinic's inbox with the host;
 * an edit reaches the platform's page and the domain's within a second; a domain that moves redirects; an unknown
 * host gets a 404, never a clinic's pages.
 */
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { defaultLocale, type Locale, locales } from '../../i18n/locales'
import { translatorFor } from '../../i18n/translator'
import { priceFromText } from '../helpers/prices'
import { clinics as seededClinics } from '../../seed/content/clinics'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '../../seed/content/users'
import { type ClinicDomain, domainPagePath, pagePath, type SitePage, sitePages } from '../../site/pages'
import { CLINIC_A, CLINIC_B, clinicId, userByEmail } from '../helpers/actors'
import { accessibilityViolations, hasBrowser, launchBrowser, signInToAdmin } from '../helpers/browser'
import { freshDatabase, freshPayload } from '../helpers/database'
import { type HostResponse, requestOnHost } from '../helpers/hosts'
import { imagesOnPage } from '../helpers/pages'
import { startProductionServer } from '../helpers/server'

const DOMAIN = seededClinics.find((clinic) => clinic.slug === CLINIC_B)!.customDomain!
const SITE: ClinicDomain = { domain: DOMAIN, clinic: CLINIC_B }
/** Another domain for the same clinic, once the admin moves it there. */
const NEW_DOMAIN = 'lumen-berlin.example'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload
let port: string

/** What a browser on the domain sees at `path`. */
const onDomain = (path: string, headers: Record<string, string> = {}, domain = DOMAIN) =>
  requestOnHost(`${server.url}${path}`, `${domain}:${port}`, { headers })
const domainUrl = (path: string, domain = DOMAIN) => `http://${domain}:${port}${path}`
const domainPath = (locale: Locale, page: SitePage) => domainPagePath(locale, page, SITE)!

const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]
const alternatesOf = (html: string) =>
  Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]),
  )
const h1Of = (html: string) => html.match(/<h1[^>]*>([^<]*)</)?.[1]
const locsOf = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => loc)

async function clinicNamed(slug: string, locale: Locale) {
  const { docs } = await payload.find({ collection: 'clinics', locale, where: { slug: { equals: slug } }, depth: 0 })
  return docs[0]
}

/** Polls until `check` passes; returns how long that took. */
async function timeUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const start = Date.now()
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return Date.now() - start
}

beforeAll(async () => {
  const database = await freshDatabase()
  // Its own build folder: the other browser tests build theirs at the same time.
  server = await startProductionServer(database, { NEXT_DIST_DIR: '.next-domains' })
  port = new URL(server.url).port
  payload = await freshPayload(database)
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

  it('serves nothing else: other clinics, the directory and unknown addresses are its 404, the admin is the platform’s', async () => {
    for (const page of [
      sitePages.clinic(CLINIC_A),
      sitePages.comparison(CLINIC_A),
      sitePages.clinic(CLINIC_B),
      sitePages.directory('all', 'all'),
    ]) {
      const response = await onDomain(pagePath('de', page))
      expect(response.status, pagePath('de', page)).toBe(404)
      expect(response.body).not.toContain((await clinicNamed(CLINIC_A, 'de')).name)
    }
    for (const path of ['/de/gibt-es-nicht', '/wp-login.php', `/site/${DOMAIN}/de`, '/sitemap/0.xml']) {
      expect((await onDomain(path)).status, path).toBe(404)
    }
    const admin = await onDomain('/admin')
    expect(admin.status).toBe(307)
    expect(admin.headers.location).toBe(`${server.url}/admin`)
  })

  it('is the canonical home of the clinic’s pages, with its own sitemap and robots.txt; the platform’s lists the rest', async () => {
    const platformPage = await (await fetch(`${server.url}${pagePath('de', sitePages.comparison(CLINIC_B))}`)).text()
    expect(canonicalOf(platformPage)).toBe(domainUrl(domainPath('de', sitePages.comparison(CLINIC_B))))

    const domainSitemap = locsOf((await onDomain('/sitemap.xml')).body)
    for (const locale of locales) {
      expect(domainSitemap).toContain(domainUrl(`/${locale}`))
      expect(domainSitemap).toContain(domainUrl(domainPath(locale, sitePages.comparison(CLINIC_B))))
    }
    expect(domainSitemap.every((loc) => loc.startsWith(domainUrl('/')))).toBe(true)

    const platformSitemap = locsOf(await (await fetch(`${server.url}/sitemap.xml`)).text())
    expect(platformSitemap).toContain(`${server.url}${pagePath('de', sitePages.comparison(CLINIC_A))}`)
    expect(platformSitemap).not.toContain(`${server.url}${pagePath('de', sitePages.comparison(CLINIC_B))}`)
    expect(platformSitemap.some((loc) => loc.includes(DOMAIN))).toBe(false)

    const robots = await onDomain('/robots.txt')
    expect(robots.body).toContain(`Sitemap: ${domainUrl('/sitemap.xml')}`)
    expect(robots.body).toMatch(/Disallow: \/admin/)
  })

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
    const lead = await leadSentOn(`${DOMAIN}:${port}`, CLINIC_B, 'domain.visitor@example.com')
    expect(lead).toMatchObject({ host: DOMAIN })
    expect((lead.clinic as { slug: string }).slug).toBe(CLINIC_B)
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
    expect(Math.max(...visible)).toBeLessThan(1000)
    expect((await fetch(`${server.url}${platformPath}`)).status).toBe(200)
  })

  it.skipIf(!hasBrowser)(
    'works in a browser on the domain: language switcher, accessibility, the form to its thank-you page',
    async () => {
      let browser: Browser | undefined
      try {
        browser = await launchBrowser([`--host-resolver-rules=MAP ${DOMAIN} 127.0.0.1`])
        const page = await browser.newPage()
        await page.goto(domainUrl('/'), { waitUntil: 'load' })
        expect(page.url()).toBe(domainUrl(`/${defaultLocale}`))
        expect(await accessibilityViolations(page)).toEqual([])
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
        expect(docs[0]).toMatchObject({ host: DOMAIN })
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

  it('redirects the old domain’s pages permanently once an admin moves the clinic to a new one', async () => {
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
    await timeUntil(async () => (await onDomain(comparison)).status === 308)
    const moved = await onDomain(comparison)
    expect(moved.headers.location).toBe(domainUrl(comparison, NEW_DOMAIN))
    const root = await onDomain('/', { 'Accept-Language': 'es' })
    expect(root.status).toBe(308)
    expect(root.headers.location).toBe(domainUrl('/es', NEW_DOMAIN))
    const there = await onDomain(comparison, {}, NEW_DOMAIN)
    expect(there.status).toBe(200)
    expect(canonicalOf(there.body)).toBe(domainUrl(comparison, NEW_DOMAIN))
  })
})
