/**
 * The production build (`npm run build && npm start`) as visitors, search engines and the demo staff meet it:
 * every page type in every locale, the language switcher, SEO metadata, freshness after edits, the 404,
 * accessibility, and the admin.
 */
import net from 'node:net'
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { defaultLocale, directionOf, type Locale, locales } from '../../i18n/locales'
import { translatorFor } from '../../i18n/translator'
import { priceFromText } from '../helpers/prices'
import { mayPromotePrice } from '../../domain/advertising'
import { slugify } from '../../domain/slug'
import { CONSENT_VERSION } from '../../domain/leadSubmission'
import type { Article, Clinic, Treatment } from '../../payload-types'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoStaffEmail } from '../../seed/content/users'
import { formatDate } from '../../site/format'
import { clinics as seededClinics } from '../../seed/content/clinics'
import { ALL, type ClinicDomain, clinicDomainOf, pagePath, pageUrl, type SitePage, sitePages } from '../../site/pages'
import { leadStats } from '../../leads/admin/stats'
import { CLINIC_A, CLINIC_B, clinicId, userByEmail } from '../helpers/actors'
import { accessibilityViolations, hasBrowser, launchBrowser, signInToAdmin } from '../helpers/browser'
import { freshDatabase, freshPayload } from '../helpers/database'
import { newDocumentData, pngFile } from '../helpers/documents'
import { mailsTo } from '../helpers/outbox'
import { readPage, structuredData } from '../helpers/pages'
import { startProductionServer } from '../helpers/server'
import { freePort } from '../../bootstrap/freePort'
import { exitOf, spawnScript } from '../../bootstrap/scripts'
import { signInOver } from '../helpers/http'

let server: Awaited<ReturnType<typeof startProductionServer>>
let serverDatabase: string
let payload: Payload

const CLINICS = [CLINIC_A, CLINIC_B, 'dubai-jumeirah']

const urlOf = (locale: Locale, page: SitePage) => `${server.url}${pagePath(locale, page)}`

beforeAll(async () => {
  serverDatabase = await freshDatabase()
  server = await startProductionServer(serverDatabase)
  payload = await freshPayload(serverDatabase)
})

afterAll(async () => {
  await server?.stop()
})

/** Signs a demo user in over REST, as an integration would; returns the JWT. */
const loginToken = (email: string) => signInOver(server.url, email)

/** Polls until `check` passes: a Local API change from another process reaches the site asynchronously. */
async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

/** A clinic as the site shows it in a locale: its name, offerings with prices and practitioners. */
async function clinicInLocale(slug: string, locale: Locale) {
  const { docs } = await payload.find({ collection: 'clinics', locale, where: { slug: { equals: slug } }, depth: 0 })
  const clinic = docs[0]
  const offerings = await payload.find({
    collection: 'offerings',
    locale,
    depth: 1,
    pagination: false,
    where: { clinic: { equals: clinic.id } },
  })
  return { clinic, offerings: offerings.docs }
}

/** The own domain of a seeded clinic that has one: its pages' canonical addresses are there (README). */
const domainOf = (slug: string) => clinicDomainOf(seededClinics.find((clinic) => clinic.slug === slug)!)

/**
 * Each localized public URL of a page, as search engines must see it in hreflang and the sitemap: on the platform, or
 * on the own domain of the clinic whose page it is.
 */
const alternatesOf = (pageIn: (locale: Locale) => SitePage, domain?: ClinicDomain) => ({
  ...Object.fromEntries(locales.map((locale) => [locale, pageUrl(locale, pageIn(locale), domain)])),
  'x-default': pageUrl(defaultLocale, pageIn(defaultLocale), domain),
})

/**
 * Runs in the page: how far it scrolls sideways, and the innermost elements that stick out of the window
 * (what to fix), or undefined when it does not.
 */
function sidewaysOverflow(): string | undefined {
  const { scrollWidth, clientWidth } = document.documentElement
  if (scrollWidth <= clientWidth) return undefined
  // What a scrolling or clipping box holds cannot widen the page; the box itself can. Text is measured itself,
  // as it may run out of its element's box.
  const contained = (element: Element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== 'visible') return true
    }
    return false
  }
  const sticksOut = (box: DOMRect) => box.width > 0 && (box.right > clientWidth + 0.5 || box.left < -0.5)
  const textBox = (element: Element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    return range.getBoundingClientRect()
  }
  const outside = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
    (element) => !contained(element) && (sticksOut(element.getBoundingClientRect()) || sticksOut(textBox(element))),
  )
  const innermost = outside.filter((element) => !outside.some((other) => other !== element && element.contains(other)))
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`
  return `${scrollWidth - clientWidth} px (${[...new Set(innermost.map(name))].slice(0, 5).join(', ')})`
}

/** A page's status and HTML, as a crawler or shared cache gets it. */
async function fetchPage(url: string) {
  const response = await fetch(url)
  return { status: response.status, html: await response.text() }
}

/** One page of each type that exists, in a locale. */
async function publicPageTypes(locale: Locale): Promise<SitePage[]> {
  const article = (await payload.find({ collection: 'articles', locale, limit: 1, depth: 0 })).docs[0]
  return [
    sitePages.home,
    sitePages.clinic(CLINIC_A),
    sitePages.comparison(CLINIC_A),
    sitePages.treatment('botulinum-toxin'),
    sitePages.practitioner('amelia-hart'),
    sitePages.articles,
    sitePages.article(article.slug),
    sitePages.articleSelection(CLINIC_A, ALL),
    sitePages.thankYou(CLINIC_A),
    sitePages.directory('gb', 'london'),
  ]
}

/** One page of each type, in a locale, and the 404 page. */
const pageTypes = async (locale: Locale): Promise<SitePage[]> => [
  ...(await publicPageTypes(locale)),
  sitePages.clinic('no-such-clinic'),
]

describe('the production server over HTTP', () => {
  it('redirects a request without a locale by Accept-Language', async () => {
    const response = await fetch(`${server.url}/`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' },
    })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!, server.url).pathname).toBe('/de')
  })

  it('redirects an address without a locale, and a folder address, to the locale’s own address', async () => {
    const withoutLocale = await fetch(`${server.url}/clinics/${CLINIC_A}`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'fr' },
    })
    expect(withoutLocale.status).toBe(307)
    expect(new URL(withoutLocale.headers.get('location')!, server.url).pathname).toBe(
      pagePath('fr', sitePages.clinic(CLINIC_A)),
    )
    const folderAddress = await fetch(`${server.url}/de/clinics/${CLINIC_A}`, { redirect: 'manual' })
    expect(folderAddress.status).toBe(308)
    expect(folderAddress.headers.get('location')).toBe(pagePath('de', sitePages.clinic(CLINIC_A)))
  })

  it('accepts no connection while it starts until it is connected to its database and ready', async () => {
    // A second server on the same build, as an instance restarting beside a running one, on a database of its own
    // so that its sessions can be counted.
    const database = await freshDatabase()
    const port = await freePort()
    const starting = spawnScript(['bootstrap/run.ts', 'next', 'start', '-p', String(port)], {
      env: { ...process.env, DATABASE_URL: database, JOBS_IN_APP: 'false', MEDIA_DIR: inject('mediaDir') },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const exited = exitOf(starting)
    const accepts = () =>
      new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.destroy()
          resolve(true)
        })
        socket.on('error', () => resolve(false))
      })
    try {
      for (const deadline = Date.now() + 120_000; !(await accepts()) && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      // `next start` listened before anything had connected to the database: the first visitors waited for it.
      const client = new pg.Client({ connectionString: database })
      await client.connect()
      const { rows } = await client.query<{ sessions: number }>(
        'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
      )
      await client.end()
      expect(rows[0].sessions).toBeGreaterThan(0)
      const first = await fetch(`http://127.0.0.1:${port}/api/ready`)
      expect(first.status).toBe(200)
      expect(await first.json()).toMatchObject({ status: 'ready' })
    } finally {
      starting.kill('SIGTERM')
      expect(await exited).toBe(0)
    }
  })

  it('serves every public page type from the cache, without cookies, so a shared cache can keep it', async () => {
    for (const locale of locales) {
      for (const page of await publicPageTypes(locale)) {
        const response = await fetch(urlOf(locale, page))
        expect(response.status, urlOf(locale, page)).toBe(200)
        expect(response.headers.get('set-cookie'), urlOf(locale, page)).toBeNull()
        expect(response.headers.get('cache-control'), urlOf(locale, page)).toMatch(/s-maxage=\d+/)
      }
    }
  })

  it('lists every localized page in /sitemap.xml, each with all its alternates', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
      loc: entry.match(/<loc>(.*?)<\/loc>/)![1],
      alternates: Object.fromEntries(
        [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(([, lang, href]) => [
          lang,
          href,
        ]),
      ),
    }))
    const [clinics, treatments, practitioners, articles] = await Promise.all(
      (['clinics', 'treatments', 'practitioners', 'articles'] as const).map((collection) =>
        payload.find({
          collection,
          locale: 'all',
          depth: 0,
          pagination: false,
          where: { _status: { equals: 'published' } },
        }),
      ),
    )
    const expected: ((locale: Locale) => SitePage)[] = [
      () => sitePages.home,
      () => sitePages.articles,
      // A clinic with its own domain has its pages in that domain's sitemap (tests/e2e/clinic-domains.test.ts).
      ...(clinics.docs as Clinic[])
        .filter((clinic) => !clinic.customDomain)
        .flatMap((clinic) => [() => sitePages.clinic(clinic.slug), () => sitePages.comparison(clinic.slug)]),
      // The directory, each country's clinics and each city's (named by its English name).
      () => sitePages.directory(ALL, ALL),
      ...[
        ...new Set(
          (clinics.docs as Clinic[]).flatMap(({ address }) => {
            const country = address.countryCode.toLowerCase()
            const city = slugify((address.city as unknown as Record<Locale, string>).en)
            return [`${country}/${ALL}`, `${country}/${city}`]
          }),
        ),
      ].map((selection) => () => sitePages.directory(selection.split('/')[0], selection.split('/')[1])),
      ...treatments.docs.map((treatment) => () => sitePages.treatment(treatment.slug)),
      ...practitioners.docs.map((practitioner) => () => sitePages.practitioner(practitioner.slug)),
      ...articles.docs
        .filter(
          (article) =>
            !(clinics.docs as Clinic[]).find((clinic) => clinic.id === (article as Article).clinic)?.customDomain,
        )
        .map(
          (article) => (locale: Locale) =>
            sitePages.article((article.slug as unknown as Record<Locale, string>)[locale]),
        ),
    ]
    expect(entries).toHaveLength(expected.length * locales.length)
    for (const pageIn of expected) {
      const alternates = alternatesOf(pageIn)
      for (const locale of locales) {
        const entry = entries.find((candidate) => candidate.loc === urlOf(locale, pageIn(locale)))
        expect(entry, urlOf(locale, pageIn(locale))).toBeDefined()
        expect(entry!.alternates).toEqual(alternates)
      }
    }
  })

  it('serves robots.txt that points to the sitemap and keeps crawlers out of the admin', async () => {
    const robots = await (await fetch(`${server.url}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`)
    expect(robots).toMatch(/Disallow: \/admin/)
  })

  it('answers unknown slugs and addresses with a 404', async () => {
    for (const url of ['/de/kliniken/gibt-es-nicht', '/fr/articles/inconnu', '/en/no-such-page', '/ar/treatments/x']) {
      expect((await fetch(`${server.url}${url}`)).status, url).toBe(404)
    }
  })

  it('answers GET /api/clinics?locale=de with the seeded clinics in German', async () => {
    const response = await fetch(`${server.url}/api/clinics?locale=de&depth=0`)
    const body = await response.json()
    expect(body.docs.map((clinic: { name: string }) => clinic.name).sort()).toEqual([
      'Lumen Klinik Berlin-Mitte',
      'Lumen Klinik Jumeirah',
      'Lumen Klinik Marylebone',
    ])
  })

  it('answers the liveness and readiness checks a proxy or orchestrator polls, never from a cache', async () => {
    const health = await fetch(`${server.url}/api/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${server.url}/api/ready`)
    expect(ready.status).toBe(200)
    const state = await ready.json()
    expect(state).toMatchObject({ status: 'ready', pool: { max: 10 } })
    expect(state).toHaveProperty('oldestQueuedJobSeconds')
    for (const response of [health, ready]) expect(response.headers.get('cache-control')).toBe('no-store')
  })

  it('refuses an unsigned revalidation request', async () => {
    const response = await fetch(`${server.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-revalidate-signature': 'forged' },
      body: JSON.stringify({ paths: ['/en'] }),
    })
    expect(response.status).toBe(401)
  })

  it('gives a logged-in owner their own clinic’s leads and no others', async () => {
    const token = await loginToken(demoStaffEmail('owner', CLINIC_A))
    const leads = await (
      await fetch(`${server.url}/api/leads?limit=100&depth=0`, { headers: { Authorization: `JWT ${token}` } })
    ).json()
    const own = await clinicId(payload, CLINIC_A)
    expect(leads.totalDocs).toBe(
      (await payload.count({ collection: 'leads', where: { clinic: { equals: own } } })).totalDocs,
    )
    expect(leads.docs.every((lead: { clinic: number }) => lead.clinic === own)).toBe(true)
  })
})

describe.skipIf(!hasBrowser)('the site in Chromium', () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  describe.each(locales)('in %s', (locale) => {
    const t = translatorFor(locale)

    it('shows the home page with every clinic and its prices', async () => {
      const reading = await readPage(page, urlOf(locale, sitePages.home))
      expect([reading.lang, reading.dir, reading.h1]).toEqual([locale, directionOf(locale), t('Home.title')])
      for (const slug of CLINICS) {
        const { clinic, offerings } = await clinicInLocale(slug, locale)
        expect(reading.text).toContain(clinic.name)
        expect(reading.text).toContain(t('Home.compareAt', { clinic: clinic.name }))
        // Each treatment the clinic offers, with its "from" price, or "price after consultation" where the
        // price may not be advertised.
        const card = page.locator('.card', { has: page.getByRole('heading', { name: clinic.name, exact: true }) })
        const prices = await card.locator('.price-list li').allInnerTexts()
        expect(prices).toHaveLength(offerings.length)
        for (const offering of offerings) {
          const treatment = offering.treatment as Treatment
          const price =
            mayPromotePrice(treatment, clinic) && offering.currency
              ? priceFromText(locale, offering.priceFrom, offering.currency)
              : t('Price.onConsultation')
          expect(prices.join('\n')).toContain(treatment.name)
          expect(prices.find((line) => line.includes(treatment.name))).toContain(price)
        }
      }
      structuredData(reading, 'BreadcrumbList')
    })

    it.each(CLINICS)(
      'shows %s’s comparison page with its own prices, practitioners, hreflang and JSON-LD',
      async (slug) => {
        const { clinic, offerings } = await clinicInLocale(slug, locale)
        const reading = await readPage(page, urlOf(locale, sitePages.comparison(slug)))
        expect([reading.status, reading.lang, reading.dir]).toEqual([200, locale, directionOf(locale)])
        expect(reading.h1).toBe(t('Comparison.title', { clinic: clinic.name }))
        // The visitor sees one filler beside botulinum toxin at a time: read the table with each one chosen.
        const choices = page.locator('.filler-choice input')
        const views = [await page.locator('.comparison table').innerText()]
        for (let index = 1; index < (await choices.count()); index += 1) {
          await choices.nth(index).check()
          views.push(await page.locator('.comparison table').innerText())
        }
        const table = views.join('\n')
        for (const offering of offerings) {
          const treatment = offering.treatment as { name: string; kind: string }
          if (treatment.kind === 'other') continue
          expect(table).toContain(treatment.name)
          expect(table).toContain(priceFromText(locale, offering.priceFrom, offering.currency!))
          for (const practitioner of (offering.practitioners ?? []) as { name: string }[]) {
            expect(table).toContain(practitioner.name)
          }
        }
        expect(reading.canonical).toBe(pageUrl(locale, sitePages.comparison(slug), domainOf(slug)))
        expect(reading.alternates).toEqual(alternatesOf(() => sitePages.comparison(slug), domainOf(slug)))
        const webPage = structuredData(reading, 'MedicalWebPage')
        expect(webPage).toMatchObject({ url: reading.canonical, inLanguage: locale, headline: reading.h1 })
        const breadcrumbs = structuredData(reading, 'BreadcrumbList') as { itemListElement: { item: string }[] }
        expect(breadcrumbs.itemListElement.map((crumb) => crumb.item)).toEqual([
          urlOf(locale, sitePages.home),
          urlOf(locale, sitePages.clinic(slug)),
          urlOf(locale, sitePages.comparison(slug)),
        ])
      },
    )

    it('shows a clinic page with hours, contact, treatments and MedicalClinic data', async () => {
      const { clinic, offerings } = await clinicInLocale(CLINIC_B, locale)
      const reading = await readPage(page, urlOf(locale, sitePages.clinic(CLINIC_B)))
      expect([reading.lang, reading.h1]).toEqual([locale, clinic.name])
      // The description its owner writes, in this locale: every paragraph.
      const paragraphs = clinic.description!.root.children as unknown as { children: { text: string }[] }[]
      expect(paragraphs.length).toBeGreaterThan(0)
      for (const paragraph of paragraphs) expect(reading.text).toContain(paragraph.children[0].text)
      expect(reading.text).toContain(clinic.phone)
      expect(reading.text).toContain(t('Weekday.monday'))
      expect(await page.locator('#consultation h2').innerText()).toBe(t('LeadForm.heading'))
      const data = structuredData(reading, 'MedicalClinic')
      expect(data).toMatchObject({
        name: clinic.name,
        telephone: clinic.phone,
        address: { '@type': 'PostalAddress', addressLocality: clinic.address.city, addressCountry: 'DE' },
        geo: { '@type': 'GeoCoordinates', latitude: clinic.geo.latitude, longitude: clinic.geo.longitude },
      })
      expect(data.openingHoursSpecification).toHaveLength(clinic.openingHours!.length)
      expect(data.availableService).toHaveLength(offerings.length)
      expect(data.priceRange).toMatch(/\d/)
      expect(reading.ogImage).toMatch(/^http.*\.webp$/)
    })

    it('shows a treatment page with its facts and MedicalProcedure data', async () => {
      const { docs } = await payload.find({
        collection: 'treatments',
        locale,
        where: { slug: { equals: 'botulinum-toxin' } },
      })
      const reading = await readPage(page, urlOf(locale, sitePages.treatment('botulinum-toxin')))
      expect([reading.lang, reading.h1]).toEqual([locale, docs[0].name])
      expect(reading.text).toContain(docs[0].howItWorks)
      expect(structuredData(reading, 'MedicalProcedure')).toMatchObject({
        name: docs[0].name,
        howPerformed: docs[0].howItWorks,
      })
    })

    it('shows a practitioner page with Person data: job title, credential, clinics', async () => {
      const { docs } = await payload.find({
        collection: 'practitioners',
        locale,
        where: { slug: { equals: 'amelia-hart' } },
        depth: 1,
      })
      const practitioner = docs[0]
      const reading = await readPage(page, urlOf(locale, sitePages.practitioner('amelia-hart')))
      expect([reading.lang, reading.h1]).toEqual([locale, practitioner.name])
      expect(reading.text).toContain(practitioner.jobTitle)
      const person = structuredData(reading, 'Person')
      expect(person).toMatchObject({
        name: practitioner.name,
        jobTitle: practitioner.jobTitle,
        hasCredential: { '@type': 'EducationalOccupationalCredential', name: practitioner.credentials?.title },
      })
      expect((person.worksFor as { name: string }[]).map((clinic) => clinic.name)).toEqual(
        (practitioner.clinics as { name: string }[]).map((clinic) => clinic.name),
      )
    })

    it('lists articles and filters them by clinic', async () => {
      const reading = await readPage(page, urlOf(locale, sitePages.articles))
      expect([reading.lang, reading.h1]).toEqual([locale, t('Articles.title')])
      const berlin = (await clinicInLocale(CLINIC_B, locale)).clinic
      await page.getByRole('link', { name: berlin.name, exact: true }).click()
      await page.waitForURL((url) => url.pathname.includes(CLINIC_B))
      const { docs } = await payload.find({ collection: 'articles', locale, where: { clinic: { equals: berlin.id } } })
      const shown = await page.locator('.card-grid h2').allInnerTexts()
      expect(shown.sort()).toEqual(docs.map((article) => article.title).sort())
    })

    it('pages through all published articles', async () => {
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        depth: 0,
        pagination: false,
        where: { _status: { equals: 'published' } },
      })
      await page.goto(urlOf(locale, sitePages.articles))
      const titles = await page.locator('.card-grid h2').allInnerTexts()
      await page.locator('.pagination a[rel="next"]').click()
      await page.waitForURL((url) => url.pathname.endsWith('/2'))
      expect(await page.locator('html').getAttribute('lang')).toBe(locale)
      titles.push(...(await page.locator('.card-grid h2').allInnerTexts()))
      expect(titles.sort()).toEqual(docs.map((article) => article.title).sort())
    })

    it('shows an article with MedicalWebPage data: reviewer and review date', async () => {
      const { docs } = await payload.find({ collection: 'articles', locale, depth: 1, sort: 'publishedAt', limit: 1 })
      const article = docs[0]
      const reading = await readPage(page, urlOf(locale, sitePages.article(article.slug)))
      expect([reading.lang, reading.h1]).toEqual([locale, article.title])
      expect(structuredData(reading, 'MedicalWebPage')).toMatchObject({
        headline: article.title,
        lastReviewed: article.medicalReview!.lastReviewed!.slice(0, 10),
        reviewedBy: { '@type': 'Person', name: (article.medicalReview!.reviewer as { name: string }).name },
      })
    })

    it('shows the localized 404 for an unknown slug', async () => {
      // Next renders a 404 under a prerendered route in the browser, from the page's own data: wait for it.
      const reading = await readPage(page, urlOf(locale, sitePages.clinic('no-such-clinic')), 'h1')
      expect([reading.status, reading.lang, reading.h1]).toEqual([404, locale, t('NotFound.title')])
    })
  })

  it('keeps the page when switching language, following each locale’s own article slug', async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'all',
      depth: 0,
      limit: 1,
      sort: 'publishedAt',
    })
    const slugs = docs[0].slug as unknown as Record<Locale, string>
    const titles = docs[0].title as unknown as Record<Locale, string>
    await page.goto(urlOf('en', sitePages.article(slugs.en)))
    await page.locator('.language-switcher').getByRole('link', { name: 'Deutsch' }).click()
    await page.waitForURL(urlOf('de', sitePages.article(slugs.de)))
    expect(await page.locator('h1').innerText()).toBe(titles.de)
    const reading = await readPage(page, page.url())
    expect(reading.alternates).toEqual(alternatesOf((locale) => sitePages.article(slugs[locale])))
    await page.locator('.language-switcher').getByRole('link', { name: 'العربية' }).click()
    await page.waitForURL(urlOf('ar', sitePages.article(slugs.ar)))
    expect(await page.getAttribute('html', 'dir')).toBe('rtl')
  })

  it('offers an article written in German only in German, says so, and names no other language to search engines', async () => {
    const slug = `nur-deutsch-${Date.now()}`
    const title = `Nur auf Deutsch ${slug}`
    await payload.create({
      collection: 'articles',
      locale: 'de',
      data: {
        title,
        slug,
        excerpt: 'Ein Artikel, den es nur auf Deutsch gibt.',
        clinic: await clinicId(payload, CLINIC_A),
        tags: ['aftercare'],
        _status: 'published',
      },
    })
    const german = urlOf('de', sitePages.article(slug))
    const reading = await eventually(async () => {
      const candidate = await readPage(page, german)
      expect([candidate.status, candidate.h1]).toEqual([200, title])
      return candidate
    })
    expect(await page.locator('.language-switcher a').allInnerTexts()).toEqual(['Deutsch'])
    expect(reading.text).toContain(translatorFor('de')('Site.availableOnlyIn', { languages: 'Deutsch' }))
    expect(reading.alternates).toEqual({ de: german, 'x-default': german })
    expect(reading.canonical).toBe(german)
    // No other locale has this address, and none is sent elsewhere by a redirect.
    for (const locale of locales.filter((other) => other !== 'de')) {
      const response = await fetch(urlOf(locale, sitePages.article(slug)), { redirect: 'manual' })
      expect(response.status, locale).toBe(404)
    }
    // Listed in German, and in no other language's lists (where it would be a link without a title).
    await eventually(async () =>
      expect((await fetchPage(urlOf('de', sitePages.clinic(CLINIC_A)))).html).toContain(title),
    )
    for (const list of [sitePages.clinic(CLINIC_A), sitePages.articles]) {
      expect((await fetchPage(urlOf('en', list))).html, pagePath('en', list)).not.toMatch(/<a [^>]*><\/a>/)
    }
    // A page in every language still offers all five.
    await page.goto(urlOf('de', sitePages.articles))
    expect(await page.locator('.language-switcher a').count()).toBe(locales.length)
    expect(await page.locator('.notice', { hasText: 'Deutsch' }).count()).toBe(0)
  })

  it('never shows an image without alt text: German text in German, decorative elsewhere; owners see what is missing', async () => {
    const clinic = await clinicId(payload, CLINIC_A)
    const germanAlt = 'Porträt von Dr. Alt im Behandlungsraum'
    const media = await payload.create({
      collection: 'media',
      locale: 'de',
      data: { alt: germanAlt, clinic },
      file: await pngFile(),
    })
    const slug = `dr-alt-${Date.now()}`
    await payload.create({
      collection: 'practitioners',
      data: {
        name: `Dr Alt ${slug}`,
        slug,
        jobTitle: 'Test physician',
        clinics: [clinic],
        photo: media.id,
        _status: 'published',
      },
    })
    for (const locale of locales) {
      const alt = await eventually(async () => {
        await page.goto(urlOf(locale, sitePages.practitioner(slug)))
        return page.locator('img.portrait').getAttribute('alt', { timeout: 1_000 })
      })
      // Present in every language: the text where there is one (or the default language's), else empty.
      expect(alt, locale).toBe(locale === 'de' ? germanAlt : '')
    }
    const response = await fetch(`${server.url}/api/media/${media.id}?locale=de`, {
      headers: { Authorization: `JWT ${await loginToken(demoStaffEmail('owner', CLINIC_A))}` },
    })
    expect((await response.json()).altMissingIn).toBe('English, Français, Español, العربية')
  })

  it('lets a keyboard user pick which filler to compare', async () => {
    await page.goto(urlOf('en', sitePages.comparison(CLINIC_A)))
    const fillers = page.locator('.filler-choice input')
    expect(await fillers.count()).toBeGreaterThan(1)
    const secondName = (await page.locator('.filler-choice label').nth(1).innerText()).trim()
    await fillers.first().focus()
    await page.keyboard.press('ArrowRight')
    const headings = await page.locator('.comparison thead th:visible').allInnerTexts()
    expect(headings).toHaveLength(3)
    expect(headings[2]).toBe(secondName)
  })

  it.each([320, 390])('never scrolls sideways on a %i px wide phone, on any page type in any locale', async (width) => {
    const tooWide: string[] = []
    for (const [index, locale] of locales.entries()) {
      // Each locale's visitor has an address of their own: their failed submits stay within the rate limit.
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${width === 320 ? 1 : 2}${index}` },
      })
      const phone = await context.newPage()
      for (const sitePage of await pageTypes(locale)) {
        await phone.goto(urlOf(locale, sitePage))
        // The page itself, and the form's error messages, which make it longer and may make it wider.
        const check = async (what: string) => {
          const overflow = await phone.evaluate(sidewaysOverflow)
          if (overflow) tooWide.push(`${what}: ${overflow}`)
        }
        await check(pagePath(locale, sitePage))
        if ((await phone.locator('.lead-form').count()) > 0) {
          await phone.click('.lead-form button[type="submit"]')
          await phone.locator('#lead-errors').waitFor()
          await check(`${pagePath(locale, sitePage)} with errors`)
        }
      }
      await context.close()
    }
    expect(tooWide).toEqual([])
  })

  it.each([320, 390])('keeps every word of the German comparison table whole on a %i px phone', async (width) => {
    const phone = await browser.newPage({ viewport: { width, height: 800 } })
    await phone.goto(urlOf('de', sitePages.comparison(CLINIC_B)))
    // Hyphenated by German rules where the browser has them…
    expect(
      await phone
        .locator('.comparison td')
        .first()
        .evaluate((cell) => [getComputedStyle(cell).hyphens, cell.closest('[lang]')?.getAttribute('lang')]),
    ).toEqual(['auto', 'de'])
    // …and where it has none (Debian's Chromium has none), every word fits its column: none is cut across lines.
    await phone.addStyleTag({ content: '.comparison th, .comparison td { hyphens: manual !important }' })
    const cutWords = await phone.evaluate(() => {
      const cut: string[] = []
      for (const cell of document.querySelectorAll<HTMLElement>('.comparison th, .comparison td')) {
        if (cell.offsetParent === null) continue
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
            const range = document.createRange()
            range.setStart(node, word.index)
            range.setEnd(node, word.index + word[0].length)
            const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
            if (lines.size > 1) cut.push(word[0])
          }
        }
      }
      return cut
    })
    await phone.close()
    expect(cutWords).toEqual([])
  })

  it.each(['en', 'ar'] as const)('has no accessibility violations on any page type in %s', async (locale) => {
    const article = (await payload.find({ collection: 'articles', locale, limit: 1, depth: 0 })).docs[0]
    const pages: SitePage[] = [
      sitePages.home,
      sitePages.clinic(CLINIC_A),
      sitePages.comparison(CLINIC_A),
      sitePages.treatment('hyaluronic-acid-lip-filler'),
      sitePages.practitioner('priya-nair'),
      sitePages.articles,
      sitePages.article(article.slug),
      sitePages.clinic('no-such-clinic'),
    ]
    for (const sitePage of pages) {
      await page.goto(urlOf(locale, sitePage))
      await page.locator('h1').waitFor()
      expect(await accessibilityViolations(page), pagePath(locale, sitePage)).toEqual([])
    }
  })

  describe('the consultation form', () => {
    async function leadByEmail(email: string) {
      const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 1 })
      return docs[0]
    }

    it('works without JavaScript: German errors, then the German thank-you page, the lead and the clinic’s mail', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const form = await context.newPage()
      await form.goto(urlOf('de', sitePages.clinic(CLINIC_B)))
      const t = translatorFor('de')
      await form.fill('#lead-name', 'Jana Richter')
      await form.fill('#lead-email', 'jana@')
      await form.click('.lead-form button[type="submit"]')
      await form.locator('#lead-email-error').waitFor()
      expect(await form.locator('#lead-email-error').innerText()).toBe(t('LeadErrors.invalidEmail'))
      expect(await form.locator('#lead-consent-error').innerText()).toBe(t('LeadErrors.consentRequired'))
      expect(await form.inputValue('#lead-name')).toBe('Jana Richter')
      // The page comes back at the form, whose error summary, in view, links to each field in question.
      expect(new URL(form.url()).hash).toBe('#consultation')
      expect(await form.locator('#lead-errors').isVisible()).toBe(true)
      expect(
        await form.locator('#lead-errors').evaluate((summary) => {
          const box = summary.getBoundingClientRect()
          return box.top >= 0 && box.bottom <= window.innerHeight
        }),
      ).toBe(true)
      const links = form.locator('#lead-errors a')
      expect(
        Object.fromEntries(
          await Promise.all(
            (await links.all()).map(async (link) => [await link.getAttribute('href'), await link.innerText()]),
          ),
        ),
      ).toEqual({ '#lead-email': t('LeadErrors.invalidEmail'), '#lead-consent': t('LeadErrors.consentRequired') })

      const email = `jana.${Date.now()}@example.com`
      await form.fill('#lead-email', email)
      await form.selectOption('#lead-treatment', 'botulinum-toxin')
      await form.check('#lead-consent')
      await form.click('.lead-form button[type="submit"]')
      // The redirect keeps the fragment the form was posted to, as browsers do.
      await form.waitForURL(`${urlOf('de', sitePages.thankYou(CLINIC_B))}#consultation`)
      expect(await form.locator('h1').innerText()).toBe(t('LeadForm.thankYouTitle'))
      await context.close()

      const lead = await leadByEmail(email)
      expect(lead).toMatchObject({ name: 'Jana Richter', locale: 'de', consent: { version: CONSENT_VERSION } })
      expect((lead.clinic as { slug: string }).slug).toBe(CLINIC_B)
      expect((lead.treatment as { slug: string }).slug).toBe('botulinum-toxin')
      const clinic = lead.clinic as { leadNotificationEmail: string }
      await eventually(async () => expect(await mailsTo(clinic.leadNotificationEmail, 'Jana Richter')).toHaveLength(1))
    })

    it('shows errors in place with JavaScript, tied to their fields, in Arabic; records campaign attribution', async () => {
      const context = await browser.newContext()
      const form = await context.newPage()
      await form.goto(`${urlOf('ar', sitePages.comparison(CLINIC_A))}?utm_source=spring&utm_campaign=lips`)
      // A visitor who allows campaign attribution.
      await form.getByRole('button', { name: translatorFor('ar')('Consent.accept') }).click()
      await form.waitForTimeout(3_500) // a person takes a moment; faster counts as a bot
      await form.fill('#lead-name', 'Noor')
      await form.click('.lead-form button[type="submit"]')
      await form.locator('#lead-email-error').waitFor()
      expect(await form.getAttribute('#lead-email', 'aria-invalid')).toBe('true')
      expect(await form.getAttribute('#lead-email', 'aria-describedby')).toBe('lead-email-error')
      expect(await form.locator('#lead-email-error').innerText()).toBe(translatorFor('ar')('LeadErrors.required'))
      // The error summary takes the focus, so a screen reader reads it and the keyboard starts there.
      expect(await form.evaluate(() => document.activeElement?.id)).toBe('lead-errors')
      const targets = await form
        .locator('#lead-errors a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(targets.sort()).toEqual(['#lead-consent', '#lead-email'])
      expect(await accessibilityViolations(form)).toEqual([])

      const email = `noor.${Date.now()}@example.com`
      await form.fill('#lead-email', email)
      await form.check('#lead-consent')
      await form.click('.lead-form button[type="submit"]')
      await form.waitForURL(urlOf('ar', sitePages.thankYou(CLINIC_A)))
      await context.close()
      const lead = await leadByEmail(email)
      expect(lead.locale).toBe('ar')
      expect(lead.attribution?.firstTouch).toMatchObject({ utm_source: 'spring', utm_campaign: 'lips' })
    })

    it('asks the visitor to try again in a moment while the database is away, keeping what they typed', async () => {
      const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') })
      await admin.connect()
      const database = admin.escapeIdentifier(new URL(serverDatabase).pathname.slice(1))
      // Its own visitor address, so the form's earlier tests' requests do not count against this one.
      const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.200' } })
      const form = await context.newPage()
      const t = translatorFor('fr')
      try {
        await form.goto(urlOf('fr', sitePages.clinic(CLINIC_B)))
        await form.fill('#lead-name', 'Camille Martin')
        await form.fill('#lead-email', 'camille.martin@example.com')
        await form.check('#lead-consent')
        await form.waitForTimeout(3_500) // a person takes a moment; faster counts as a bot
        // PostgreSQL takes no new connection to the server's database and ends the ones it has.
        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`)
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [new URL(serverDatabase).pathname.slice(1)],
        )
        await form.click('.lead-form button[type="submit"]')
        await form.locator('.form-error').waitFor()
        expect(await form.locator('.form-error').innerText()).toBe(t('LeadErrors.unavailable'))
        expect(await form.inputValue('#lead-name')).toBe('Camille Martin')
        expect(await form.inputValue('#lead-email')).toBe('camille.martin@example.com')
        expect(await form.isChecked('#lead-consent')).toBe(true)
        const ready = await fetch(`${server.url}/api/ready`)
        expect(ready.status).toBe(503)
        expect(ready.headers.get('retry-after')).toBeTruthy()
        const intake = await fetch(`${server.url}/api/leads`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.201' },
          body: JSON.stringify({
            clinic: CLINIC_B,
            name: 'Camille',
            email: 'c@example.com',
            consent: true,
            locale: 'fr',
          }),
        })
        expect(intake.status).toBe(503)
        expect(intake.headers.get('retry-after')).toBeTruthy()
      } finally {
        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`)
        await admin.end()
      }
      // Back: the same form, sent again, is taken.
      await form.click('.lead-form button[type="submit"]')
      await form.waitForURL(urlOf('fr', sitePages.thankYou(CLINIC_B)), { timeout: 15_000 })
      await context.close()
      const { docs } = await payload.find({ collection: 'leads', where: { name: { equals: 'Camille Martin' } } })
      expect(docs).toHaveLength(1)
    })
  })

  /** A signed-in admin page; `locale` is the browser's language, which the admin speaks unless told otherwise. */
  async function adminSession(email: string, locale = 'en-GB') {
    const session = await (await browser.newContext({ locale })).newPage()
    await signInToAdmin(session, server.url, email, DEMO_PASSWORD)
    return session
  }

  it('lets the demo admin log in to /admin and erase one person’s leads with a count', async () => {
    const session = await adminSession(DEMO_ADMIN_EMAIL)
    await session.getByRole('link', { name: 'Clinics' }).first().waitFor({ timeout: 30_000 })

    const email = `erase.me.${Date.now()}@example.com`
    const lead = await payload.create({
      collection: 'leads',
      context: { disableNotifications: true },
      data: {
        clinic: await clinicId(payload, CLINIC_B),
        name: 'Erase Me',
        email,
        locale: 'de',
        status: 'new',
        consent: { version: CONSENT_VERSION, givenAt: new Date().toISOString() },
      },
    })
    await session.goto(`${server.url}/admin/collections/leads`)
    await session.getByText('Erase a person’s leads').click({ timeout: 30_000 })
    await session.getByLabel('Email address').fill(email)
    session.once('dialog', (dialog) => void dialog.accept())
    await session.getByRole('button', { name: 'Erase' }).click()
    await session.getByText('1 lead anonymized.').waitFor({ timeout: 15_000 })
    const erased = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })
    expect([erased.name, erased.email]).toEqual(['Anonymized', null])
    await session.context().close()
  })

  it('lets a German-speaking owner edit their clinic, change a price, upload an image and publish an article in German', async () => {
    const german = (await import('../../messages/admin/de.json')).default
    const session = await adminSession(demoStaffEmail('owner', CLINIC_B), 'de-DE')
    expect(await session.evaluate(() => document.documentElement.lang)).toBe('de')
    await session.getByRole('link', { name: german.collections.clinics.plural }).first().waitFor({ timeout: 30_000 })

    // The clinic, in German content: the summary under its German label, published.
    const clinic = await clinicId(payload, CLINIC_B)
    const summaryBefore = (await payload.findByID({ collection: 'clinics', id: clinic, locale: 'de' })).summary
    await session.goto(`${server.url}/admin/collections/clinics/${clinic}?locale=de`)
    await session.getByText(german.fields.clinics.address.street).first().waitFor({ timeout: 30_000 })
    const summary = `Ruhige Praxis am Hackeschen Markt, Stand ${Date.now()}`
    await session.getByLabel(german.fields.common.summary).fill(summary)
    await session.locator('#action-save').click()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'clinics', id: clinic, locale: 'de' })).summary, {
        timeout: 15_000,
      })
      .toBe(summary)

    // A price of one of the clinic's offerings.
    const offering = (
      await payload.find({ collection: 'offerings', where: { clinic: { equals: clinic } }, limit: 1, depth: 0 })
    ).docs[0]
    await session.goto(`${server.url}/admin/collections/offerings/${offering.id}`)
    const newPrice = offering.priceFrom + 15
    await session.getByLabel(german.fields.offerings.priceFrom._label).fill(String(newPrice))
    await session.locator('#action-save').click()
    await expect
      .poll(async () => (await payload.findByID({ collection: 'offerings', id: offering.id })).priceFrom, {
        timeout: 15_000,
      })
      .toBe(newPrice)

    // An image with German alternative text.
    const image = await pngFile()
    const alt = `Behandlungsraum mit Tageslicht ${Date.now()}`
    await session.goto(`${server.url}/admin/collections/media/create?locale=de`)
    await session
      .locator('input[type="file"]')
      .setInputFiles({ name: image.name, mimeType: image.mimetype, buffer: image.data })
    expect(await session.locator('label[for="field-alt"]').innerText()).toContain(german.fields.media.alt._label)
    await session.locator('#field-alt').fill(alt)
    await session.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          (await payload.find({ collection: 'media', locale: 'de', where: { alt: { equals: alt } }, depth: 0 }))
            .totalDocs,
        { timeout: 15_000 },
      )
      .toBe(1)

    // A German article, published for the clinic (the owner's only clinic is chosen for them).
    const title = `Filler oder Botulinumtoxin: was passt zu Ihnen? ${Date.now()}`
    await session.goto(`${server.url}/admin/collections/articles/create?locale=de`)
    expect(await session.locator('label[for="field-title"]').innerText()).toContain(german.fields.articles.title)
    await session.locator('#field-title').fill(title)
    await session.locator('#field-excerpt').fill('Worin sich die beiden Behandlungen unterscheiden.')
    await session.locator('#action-save').click()
    await expect
      .poll(
        async () =>
          (
            await payload.find({
              collection: 'articles',
              locale: 'de',
              where: { title: { equals: title }, _status: { equals: 'published' } },
              depth: 0,
            })
          ).docs[0]?.clinic,
        { timeout: 15_000 },
      )
      .toBe(clinic)
    await session.context().close()

    // Leaves the demo clinic as the other tests expect it.
    await payload.update({ collection: 'clinics', id: clinic, locale: 'de', data: { summary: summaryBefore } })
    await payload.update({ collection: 'offerings', id: offering.id, data: { priceFrom: offering.priceFrom } })
    await payload.delete({ collection: 'articles', where: { title: { equals: title } }, locale: 'de' })
    await payload.delete({ collection: 'media', where: { alt: { equals: alt } }, locale: 'de' })
  })

  it('shows the admin right to left, in Arabic, to an Arabic-speaking user', async () => {
    const arabic = (await import('../../messages/admin/ar.json')).default
    const session = await adminSession(demoStaffEmail('owner', 'dubai-jumeirah'), 'ar-AE')
    await session.getByRole('link', { name: arabic.collections.clinics.plural }).first().waitFor({ timeout: 30_000 })
    expect(await session.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ])
    await session.context().close()
  })

  it('lets an admin onboard a clinic from lists, with its address shown and its treatments, and invite its owner in German', async () => {
    const session = await adminSession(DEMO_ADMIN_EMAIL)
    const stamp = Date.now().toString(36)
    const slug = `clinique-lumiere-${stamp}`
    /** Opens a select, searches it as a person types, and picks the option. */
    const choose = async (field: string, search: string, option: string) => {
      await session.locator(`#field-${field} .rs__control`).click()
      await session.keyboard.type(search)
      await session.locator('.rs__menu .rs__option', { hasText: option }).first().click()
    }

    await session.goto(`${server.url}/admin/collections/clinics/create`)
    await session.locator('#field-name').fill(`Clinique Lumière ${stamp}`, { timeout: 30_000 })
    // The slug follows the name as it is typed, with the page address it makes.
    await expect.poll(() => session.locator('#field-slug').inputValue()).toBe(slug)
    expect(await session.getByTestId('slug-address').innerText()).toContain(`${server.url}/en/clinics/${slug}`)
    await session.locator('#field-summary').fill('Une clinique de test à Paris.')
    await session.locator('#field-address__street').fill('12 rue de Rivoli')
    await session.locator('#field-address__city').fill('Paris')
    // Country, time zone and currency are found by their names, not typed as codes.
    await choose('address__countryCode', 'Fran', 'France')
    await choose('timeZone', 'Paris', 'Europe/Paris')
    await choose('currency', 'Euro', 'Euro')
    await session.locator('#field-geo__latitude').fill('48.86')
    await session.locator('#field-geo__longitude').fill('2.34')
    await session.locator('#field-phone').fill('+33 1 23 45 67 89')
    await session.locator('#field-email').fill('bonjour@example.com')
    await session.locator('#field-leadNotificationEmail').fill('demandes@example.com')
    await session.locator('#action-save').click()
    const clinic = await eventually(async () => {
      const { docs } = await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, depth: 0 })
      if (!docs[0]) throw new Error('not saved yet')
      return docs[0]
    })
    expect([clinic.address.countryCode, clinic.timeZone, clinic.currency]).toEqual(['FR', 'Europe/Paris', 'EUR'])

    // A treatment and its price, added from the clinic itself, listed there as "<treatment> at <clinic>".
    await session.waitForURL((url) => url.pathname.endsWith(`/clinics/${clinic.id}`), { timeout: 30_000 })
    const joined = session.locator('#field-offerings')
    await joined
      .getByRole('button', { name: /add new|create new/i })
      .first()
      .click()
    const drawer = session.locator('.drawer--is-open').last()
    const treatment = (await payload.find({ collection: 'treatments', where: { slug: { equals: 'botulinum-toxin' } } }))
      .docs[0]
    await drawer.locator('#field-treatment .rs__control').click()
    await session.keyboard.type(treatment.name.slice(0, 6))
    await session.locator('.rs__menu .rs__option', { hasText: treatment.name }).first().click()
    await drawer.locator('#field-priceFrom').fill('290')
    await drawer.locator('#action-save').click()
    await joined.getByText(`${treatment.name} at Clinique Lumière ${stamp}`).waitFor({ timeout: 15_000 })

    // The new owner: no password typed for them, only who they are, their language and their clinic.
    await session.goto(`${server.url}/admin/collections/users/create`)
    await session.locator('#field-email').fill(`lea.${stamp}@example.com`, { timeout: 30_000 })
    await session.getByTestId('invitation-notice').waitFor()
    expect(await session.locator('#field-password').isVisible()).toBe(false)
    await session.locator('#field-name').fill('Lea Dubois')
    await choose('language', 'Germ', 'German')
    await session.getByRole('button', { name: 'Add Membership' }).click()
    await choose('memberships__0__clinic', 'Clinique', `Clinique Lumière ${stamp}`)
    await choose('memberships__0__role', 'Own', 'Owner')
    await session.locator('#action-save').click()

    // The invitation, in German, leads to Payload's screen for choosing a password; then she is signed in.
    const invitation = await eventually(async () => {
      const [mail] = await mailsTo(`lea.${stamp}@example.com`)
      if (!mail) throw new Error('no invitation yet')
      return mail
    }, 30_000)
    expect(invitation).toContain('Subject: Ihr Zugang zu')
    expect(invitation).toContain(`Clinique Lumière ${stamp}`)
    const link = /http\S+\/admin\/reset\/\w+/.exec(invitation)![0]
    const owner = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    // Typed only once the page runs (it asks who is signed in then): typed before, the form keeps empty values.
    const running = owner.waitForResponse((response) => response.url().endsWith('/api/users/me'))
    await owner.goto(link)
    await running
    await owner.locator('#field-password').fill('lea-chose-this-password', { timeout: 30_000 })
    await owner.locator('#field-confirm-password').fill('lea-chose-this-password')
    // Payload's form takes typed values in asynchronously; submitted the same instant, it still holds them as
    // empty and refuses ("please correct invalid fields"). No person submits that fast.
    await owner.waitForTimeout(2000)
    await owner.locator('button[type="submit"]').click()
    await owner.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    const german = (await import('../../messages/admin/de.json')).default
    await owner.goto(`${server.url}/admin/collections/clinics`)
    await owner
      .getByRole('link', { name: `Clinique Lumière ${stamp}` })
      .first()
      .waitFor({ timeout: 30_000 })
    expect(await owner.locator('table tbody tr').count()).toBe(1)
    expect(await owner.getByRole('heading', { name: german.collections.clinics.plural }).count()).toBeGreaterThan(0)
    await owner.context().close()
    await session.context().close()

    // Leaves the demo platform as the other tests expect it.
    await payload.delete({ collection: 'users', where: { email: { equals: `lea.${stamp}@example.com` } } })
    await payload.delete({ collection: 'offerings', where: { clinic: { equals: clinic.id } } })
    await payload.delete({ collection: 'clinics', id: clinic.id })
  })

  it('shows staff what each language of a clinic lacks, and keeps those languages off the site when it chooses to', async () => {
    const german = (await import('../../messages/admin/de.json')).default
    // A clinic written in English only, holding back untranslated languages.
    const data = await newDocumentData(payload, 'clinics', 0)
    const clinic = await payload.create({
      collection: 'clinics',
      data: { ...data, untranslatedLanguages: 'hold' } as never,
    })
    const english = urlOf('en', sitePages.clinic(clinic.slug))
    const french = urlOf('fr', sitePages.clinic(clinic.slug))
    await eventually(async () => expect((await fetchPage(english)).status).toBe(200))
    expect((await fetchPage(french)).status).toBe(404)
    expect((await fetchPage(urlOf('fr', sitePages.comparison(clinic.slug)))).status).toBe(404)
    // Nothing points to the pages held back: not the English page's alternates, nor the sitemap.
    const reading = await readPage(page, english)
    expect(reading.alternates).toEqual({ en: english, 'x-default': english })
    const sitemap = (await fetchPage(`${server.url}/sitemap.xml`)).html
    expect(sitemap).toContain(english)
    expect(sitemap).not.toContain(french)
    // Nor does the directory page of its city (Testville, where no other clinic is), in French.
    const cityPage = urlOf('en', sitePages.directory('gb', 'testville'))
    expect((await readPage(page, cityPage)).alternates).toEqual({ en: cityPage, 'x-default': cityPage })
    expect(sitemap).toContain(cityPage)
    expect(sitemap).not.toContain(urlOf('fr', sitePages.directory('gb', 'testville')))
    // Nor does the page of a treatment it offers, in French; in English it does.
    const botox = (await payload.find({ collection: 'treatments', where: { slug: { equals: 'botulinum-toxin' } } }))
      .docs[0]
    await payload.create({ collection: 'offerings', data: { clinic: clinic.id, treatment: botox.id, priceFrom: 250 } })
    const clinicPath = (locale: Locale) => pagePath(locale, sitePages.clinic(clinic.slug))
    await eventually(async () =>
      expect((await fetchPage(urlOf('en', sitePages.treatment(botox.slug)))).html).toContain(clinicPath('en')),
    )
    expect((await fetchPage(urlOf('fr', sitePages.treatment(botox.slug)))).html).not.toContain(clinicPath('fr'))

    // Staff see it in German: a column in the list, and what each language lacks beside the form.
    const session = await adminSession(DEMO_ADMIN_EMAIL, 'de-DE')
    await session.goto(`${server.url}/admin/collections/clinics`)
    const row = session.locator('table tbody tr', { hasText: data.name as string })
    await row.waitFor({ timeout: 30_000 })
    expect(await row.innerText()).toContain('FR 5')
    expect(await session.locator('table thead').innerText()).toContain(german.fields.common.translationStatus)
    await session.goto(`${server.url}/admin/collections/clinics/${clinic.id}`)
    const panel = session.getByTestId('translation-status')
    await panel.waitFor({ timeout: 30_000 })
    const frenchLine = await panel.locator('li', { hasText: 'Français' }).innerText()
    for (const label of [german.fields.common.name, german.fields.common.summary, german.fields.clinics.address.city]) {
      expect(frenchLine).toContain(label)
    }
    await session.context().close()

    // An owner sees the same for their own clinic, in English.
    const owner = await adminSession(demoStaffEmail('owner', CLINIC_A))
    await owner.goto(`${server.url}/admin/collections/clinics`)
    await owner.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    expect(await owner.locator('table thead').innerText()).toContain('Translations')
    expect(await owner.locator('table tbody tr').first().innerText()).toMatch(/DE (✓|\d+)[\s\S]*FR (✓|\d+)/)
    await owner.goto(`${server.url}/admin/collections/clinics/${await clinicId(payload, CLINIC_A)}`)
    const ownPanel = owner.getByTestId('translation-status')
    await ownPanel.waitFor({ timeout: 30_000 })
    expect(await ownPanel.getByRole('heading').innerText()).toBe('Translations')
    expect(await ownPanel.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Deutsch: /),
      expect.stringMatching(/^Français: /),
      expect.stringMatching(/^Español: /),
      expect.stringMatching(/^العربية: /),
    ])
    await owner.context().close()

    // Choosing to show them brings the French pages back, in English words, with every alternate.
    await payload.update({ collection: 'clinics', id: clinic.id, data: { untranslatedLanguages: 'fallback' } })
    await eventually(async () => expect((await fetchPage(french)).status).toBe(200))
    expect(Object.keys((await readPage(page, english)).alternates)).toEqual(expect.arrayContaining([...locales]))
    await eventually(async () =>
      expect(Object.keys((await readPage(page, cityPage)).alternates)).toEqual(expect.arrayContaining([...locales])),
    )
    await payload.delete({ collection: 'offerings', where: { clinic: { equals: clinic.id } } })
    await payload.delete({ collection: 'clinics', id: clinic.id })
  })

  it('shows an owner only their own clinic in the admin lists', async () => {
    const session = await adminSession(demoStaffEmail('owner', CLINIC_A))
    await session.goto(`${server.url}/admin/collections/clinics`)
    await session.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    expect(await session.locator('table tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Lumen Clinic Marylebone'),
    ])
    // A practitioner who also works for another clinic is listed with this owner's clinic only.
    const shared = await payload.create({
      collection: 'practitioners',
      data: {
        name: 'Dr Sam Shared',
        slug: 'dr-sam-shared',
        jobTitle: 'Aesthetic physician',
        clinics: [await clinicId(payload, CLINIC_A), await clinicId(payload, CLINIC_B)],
        _status: 'published',
      },
    })
    await session.goto(`${server.url}/admin/collections/practitioners`)
    await session.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    const practitioners = (await session.locator('table tbody tr').allTextContents()).join(' ')
    expect(practitioners).toContain('Priya Nair')
    expect(practitioners).not.toContain('Jonas Weber')
    const sharedRow = session.locator('table tbody tr', { hasText: 'Dr Sam Shared' })
    await expect.poll(() => sharedRow.innerText(), { timeout: 15_000 }).toContain('Marylebone')
    expect(await sharedRow.innerText()).not.toMatch(/Berlin|Untitled/)
    await payload.delete({ collection: 'practitioners', id: shared.id })
    await session.context().close()
  })

  it('shows a marketer their clinic’s lead figures on the dashboard and the inbox with sources and assignees', async () => {
    const session = await adminSession(demoStaffEmail('marketer', CLINIC_A))
    const panel = session.getByTestId('lead-panel')
    await panel.waitFor({ timeout: 30_000 })
    const weekly = await leadStats(payload, await userByEmail(payload, demoStaffEmail('marketer', CLINIC_A)))
    expect(await panel.textContent()).toContain(`${weekly!.thisWeek.total} this week`)
    expect(await panel.getByRole('img').getAttribute('aria-label')).toContain(
      `${weekly!.perDay.reduce((sum, day) => sum + day.count, 0)} in all`,
    )
    expect(await panel.textContent()).not.toContain('Berlin')
    // The chart has a scale (0 and the busiest day) and dates under it.
    const scale = await panel.locator('svg text').allTextContents()
    expect(scale).toEqual(expect.arrayContaining(['0', String(Math.max(1, ...weekly!.perDay.map((day) => day.count)))]))
    expect(scale.length).toBe(5)

    await session.goto(`${server.url}/admin/collections/leads`)
    await session.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    const headings = await session.locator('table thead th').allTextContents()
    expect(headings).toEqual(expect.arrayContaining(['Source', 'Assigned to', 'Status']))
    expect(await session.getByRole('link', { name: 'Export these leads as CSV' }).count()).toBe(1)
    // The list filters by source and by the date a lead was received.
    await session.getByRole('button', { name: 'Filters' }).click()
    await session.getByRole('button', { name: 'Add Filter' }).click()
    await session.locator('.where-builder .condition__field .rs__control').click()
    const fields = await session.locator('.rs__menu .rs__option').allTextContents()
    // The handful a marketer filters by, the pipeline's first; no attribution, consent or key fields.
    expect(fields.slice(0, 5)).toEqual(['Clinic', 'Source', 'Status', 'Assigned to', 'Received'])
    expect(fields).toEqual(expect.arrayContaining(['Site', 'Treatment', 'Name', 'Email']))
    expect(fields.length, fields.join(', ')).toBeLessThanOrEqual(12)
    expect(fields.join(' ')).not.toMatch(/utm_|Consent|Submission key|Landing page/)
    // Erasure is for platform admins only.
    expect(await session.getByText('Erase a person’s leads').count()).toBe(0)

    // A lead is assigned to the clinic's owners and marketers, by name (no editor, no emails).
    const lead = (
      await payload.find({ collection: 'leads', where: { clinic: { equals: await clinicId(payload, CLINIC_A) } } })
    ).docs[0]
    await session.goto(`${server.url}/admin/collections/leads/${lead.id}`)
    await session.locator('#field-assignee .rs__control').click({ timeout: 30_000 })
    await session.locator('.rs__menu .rs__option').first().waitFor()
    const people = await session.locator('.rs__menu .rs__option').allTextContents()
    const nameOf = async (role: 'owner' | 'marketer') =>
      (await userByEmail(payload, demoStaffEmail(role, CLINIC_A))).name
    expect(people.sort()).toEqual([await nameOf('marketer'), await nameOf('owner')].sort())
    await session.context().close()
  })
})

describe('content edits on the served pages, without a rebuild', () => {
  const pageHtml = async (url: string) => {
    const response = await fetch(url)
    return { status: response.status, html: await response.text() }
  }

  async function botoxOffering(clinic: string) {
    const { docs } = await payload.find({
      collection: 'offerings',
      depth: 0,
      where: { 'clinic.slug': { equals: clinic }, 'treatment.slug': { equals: 'botulinum-toxin' } },
    })
    return docs[0]
  }

  it('shows an owner’s new Botox price, saved over REST, on the comparison page in every locale at once', async () => {
    const token = await loginToken(demoStaffEmail('owner', CLINIC_A))
    const offering = await botoxOffering(CLINIC_A)
    const response = await fetch(`${server.url}/api/offerings/${offering.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ priceFrom: 321 }),
    })
    expect(response.status).toBe(200)
    for (const locale of locales) {
      const { html } = await pageHtml(urlOf(locale, sitePages.comparison(CLINIC_A)))
      expect(html, locale).toContain(priceFromText(locale, 321, offering.currency!))
      expect(html, locale).not.toContain(priceFromText(locale, offering.priceFrom, offering.currency!))
    }
  })

  it('uses the search title and description an owner writes for their clinic, per locale', async () => {
    const id = await clinicId(payload, CLINIC_B)
    await payload.update({
      collection: 'clinics',
      id,
      locale: 'de',
      data: { meta: { title: 'Faltenbehandlung in Berlin-Mitte', description: 'Beratung in Berlin-Mitte.' } },
    })
    await eventually(async () => {
      const { html } = await pageHtml(urlOf('de', sitePages.clinic(CLINIC_B)))
      expect(html).toContain('<title>Faltenbehandlung in Berlin-Mitte · Lumen Clinics</title>')
      expect(html).toContain('<meta name="description" content="Beratung in Berlin-Mitte."/>')
    })
    const { html } = await pageHtml(urlOf('fr', sitePages.clinic(CLINIC_B)))
    expect(html).not.toContain('Faltenbehandlung in Berlin-Mitte')
  })

  it('shows a price changed through the Local API in another process on every locale’s page', async () => {
    const offering = await botoxOffering(CLINIC_B)
    await payload.update({ collection: 'offerings', id: offering.id, data: { priceFrom: 277 } })
    await eventually(async () => {
      for (const locale of locales) {
        const { html } = await pageHtml(urlOf(locale, sitePages.comparison(CLINIC_B)))
        expect(html, locale).toContain(priceFromText(locale, 277, offering.currency!))
      }
    })
  })

  it('keeps drafts private (a new draft is a 404, a draft edit stays unseen) while its owner previews them', async () => {
    const clinic = await clinicId(payload, CLINIC_B)
    const draft = await payload.create({
      collection: 'articles',
      draft: true,
      data: { _status: 'draft', title: 'Unpublished draft article', excerpt: 'Not for visitors.', clinic },
    })
    const draftUrl = urlOf('en', sitePages.article(draft.slug))
    expect((await pageHtml(draftUrl)).status).toBe(404)

    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'en',
      // One that has an English page (an owner's article may be in German only).
      where: { clinic: { equals: clinic }, _status: { equals: 'published' }, slug: { exists: true } },
      limit: 1,
    })
    const published = docs[0]
    const publishedUrl = urlOf('en', sitePages.article(published.slug))
    await payload.update({
      collection: 'articles',
      id: published.id,
      locale: 'en',
      draft: true,
      data: { title: 'A draft title nobody may see yet' },
    })
    await new Promise((resolve) => setTimeout(resolve, 1000))
    for (const url of [publishedUrl, urlOf('en', sitePages.articles), draftUrl]) {
      const { html } = await pageHtml(url)
      expect(html, url).not.toContain('A draft title nobody may see yet')
      expect(html, url).not.toContain('Unpublished draft article')
    }
    expect((await pageHtml(publishedUrl)).html).toContain(published.title)

    // Its clinic's owner previews the draft (Payload's live preview opens the page through /api/preview).
    const token = await loginToken(demoStaffEmail('owner', CLINIC_B))
    const owner = { Authorization: `JWT ${token}` }
    const previewPath = new URL(publishedUrl).pathname
    const refused = await fetch(`${server.url}/api/preview?path=${encodeURIComponent(previewPath)}`, {
      redirect: 'manual',
    })
    expect(refused.status).toBe(401)
    const offSite = await fetch(`${server.url}/api/preview?path=${encodeURIComponent('//evil.example')}`, {
      redirect: 'manual',
      headers: owner,
    })
    expect(offSite.status).toBe(400)
    const preview = await fetch(`${server.url}/api/preview?path=${encodeURIComponent(previewPath)}`, {
      redirect: 'manual',
      headers: owner,
    })
    expect([preview.status, preview.headers.get('location')]).toEqual([307, previewPath])
    const bypass = preview.headers.get('set-cookie')!.split(';')[0]
    const previewed = await (await fetch(publishedUrl, { headers: { ...owner, Cookie: bypass } })).text()
    expect(previewed).toContain('A draft title nobody may see yet')
    expect((await pageHtml(publishedUrl)).html).not.toContain('A draft title nobody may see yet')

    await payload.update({
      collection: 'articles',
      id: published.id,
      locale: 'en',
      data: { _status: 'published', title: 'A newly published title' },
    })
    await eventually(async () => {
      expect((await pageHtml(publishedUrl)).html).toContain('A newly published title')
      expect((await pageHtml(urlOf('en', sitePages.articles))).html).toContain('A newly published title')
    })

    // The new article, never prerendered, answers once published.
    await payload.update({ collection: 'articles', id: draft.id, locale: 'en', data: { _status: 'published' } })
    await eventually(async () => {
      const { status, html } = await pageHtml(draftUrl)
      expect(status).toBe(200)
      expect(html).toContain('Unpublished draft article')
    })
    // Dated on its first publish; it has no author, so the byline is its date and clinic with one separator.
    const { publishedAt } = await payload.findByID({ collection: 'articles', id: draft.id, depth: 0 })
    const { name: clinicName } = await payload.findByID({ collection: 'clinics', id: clinic, locale: 'en' })
    const byline = /<\/h1><p class="muted">(.*?)<\/p>/s.exec((await pageHtml(draftUrl)).html)?.[1]
    expect(byline?.replace(/<!-- -->|<[^>]+>/g, '')).toBe(
      `${translatorFor('en')('Articles.published', { date: formatDate('en', publishedAt!) })} · ${clinicName}`,
    )
  })
})

describe('security headers', () => {
  /** A response's Content-Security-Policy as directive → sources. */
  const policyOf = (response: Response) =>
    Object.fromEntries(
      (response.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name, ...sources]) => [name, sources]),
    )

  const expectBaseHeaders = (response: Response, url: string) => {
    expect(response.headers.get('x-content-type-options'), url).toBe('nosniff')
    expect(response.headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
  }

  it('lets every public page type load scripts, styles, images, fonts, requests and form posts from the site only', async () => {
    for (const locale of ['en', 'ar'] as const) {
      for (const page of await pageTypes(locale)) {
        const url = urlOf(locale, page)
        const response = await fetch(url)
        expectBaseHeaders(response, url)
        const policy = policyOf(response)
        // Inline scripts stay allowed: a static page's RSC payload changes with its content (see next.config.mjs).
        expect(policy, url).toEqual({
          'default-src': ["'self'"],
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'"],
          'font-src': ["'self'"],
          'connect-src': ["'self'"],
          'form-action': ["'self'"],
          'object-src': ["'none'"],
          'base-uri': ["'self'"],
          'frame-ancestors': ["'self'"],
        })
      }
    }
  })

  it('gives the admin a policy of its own and the API one under which nothing runs', async () => {
    const admin = await fetch(`${server.url}/admin/login`)
    expectBaseHeaders(admin, '/admin/login')
    expect(policyOf(admin)).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'blob:', 'data:'],
      'connect-src': ["'self'"],
      'form-action': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'frame-ancestors': ["'self'"],
    })
    const media = (await payload.find({ collection: 'media', limit: 1, depth: 0 })).docs[0]
    for (const path of ['/api/clinics?limit=1', new URL(media.url!, server.url).pathname]) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status, path).toBe(200)
      expectBaseHeaders(response, path)
      expect(policyOf(response), path).toMatchObject({
        'default-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
        'frame-ancestors': ["'self'"],
      })
      expect(policyOf(response)['script-src'], path).toBeUndefined()
    }
  })

  it('asks browsers for https only (HSTS) in production, and lets React evaluate code in development only', async () => {
    const { default: config } = await import('../../next.config.mjs')
    const environment = process.env.NODE_ENV
    const headersIn = async (nodeEnv: string) => {
      Object.assign(process.env, { NODE_ENV: nodeEnv })
      try {
        const rules = await config.headers!()
        return Object.fromEntries(
          rules.find((rule) => rule.source === '/:path*')!.headers.map((header) => [header.key, header.value]),
        )
      } finally {
        Object.assign(process.env, { NODE_ENV: environment })
      }
    }
    const production = await headersIn('production')
    expect(production['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(production['Content-Security-Policy']).not.toContain('unsafe-eval')
    const development = await headersIn('development')
    expect(development['Strict-Transport-Security']).toBeUndefined()
    expect(development['Content-Security-Policy']).toContain("'unsafe-eval'")
  })

  it('sends the colour-scheme client hints on the admin only, so public pages are fetched once and cached once', async () => {
    const home = await (await fetch(urlOf('en', sitePages.home))).text()
    const stylesheet = home.match(/<link rel="stylesheet" href="([^"]+)"/)![1]
    const publicPaths = [
      ...(await pageTypes('en')).map((page) => pagePath('en', page)),
      stylesheet,
      '/robots.txt',
      '/sitemap.xml',
    ]
    for (const path of publicPaths) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.headers.get('critical-ch'), path).toBeNull()
      expect(response.headers.get('accept-ch'), path).toBeNull()
      expect(response.headers.get('vary') ?? '', path).not.toMatch(/sec-ch-prefers-color-scheme/i)
    }
    const admin = await fetch(`${server.url}/admin/login`)
    expect(admin.headers.get('critical-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
    expect(admin.headers.get('accept-ch')).toBe('Sec-CH-Prefers-Color-Scheme')
  })

  describe.skipIf(!hasBrowser)('in Chromium', () => {
    let browser: Browser

    beforeAll(async () => {
      browser = await launchBrowser()
    })

    afterAll(async () => {
      await browser?.close()
    })

    /** A new browser context that records every Content-Security-Policy violation in its pages and frames. */
    async function watchedContext() {
      const context = await browser.newContext()
      const violations: string[] = []
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI} on ${location.pathname}`),
        ),
      )
      context.on('console', (message) => {
        if (message.text().startsWith('CSP violation')) violations.push(message.text())
      })
      return { context, violations }
    }

    it('loads every public page type without a policy violation, and the form works with JavaScript', async () => {
      const { context, violations } = await watchedContext()
      const page = await context.newPage()
      for (const locale of ['en', 'ar'] as const) {
        const t = translatorFor(locale)
        for (const sitePage of await pageTypes(locale)) {
          await page.goto(urlOf(locale, sitePage), { waitUntil: 'load' })
          // The consent notice is rendered by client JavaScript: it shows that the page's scripts ran.
          await page.getByRole('region', { name: t('Consent.title') }).waitFor()
        }
      }
      await page.goto(urlOf('en', sitePages.clinic(CLINIC_A)))
      await page.waitForTimeout(3_500) // a person takes a moment; faster counts as a bot
      const email = `csp.${Date.now()}@example.com`
      await page.fill('#lead-name', 'Casey Policy')
      await page.fill('#lead-email', email)
      await page.check('#lead-consent')
      await page.click('.lead-form button[type="submit"]')
      await page.waitForURL(urlOf('en', sitePages.thankYou(CLINIC_A)))
      expect(
        (await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })).totalDocs,
      ).toBe(1)
      expect(violations).toEqual([])
      await context.close()
    })

    it('lets staff sign in to the admin and live-preview a page, re-rendered on save, without a policy violation', async () => {
      const { context, violations } = await watchedContext()
      const session = await context.newPage()
      await signInToAdmin(session, server.url, DEMO_ADMIN_EMAIL, DEMO_PASSWORD)

      const { clinic } = await clinicInLocale('dubai-jumeirah', 'en')
      await session.goto(`${server.url}/admin/collections/clinics/${clinic.id}`)
      await session.locator('.live-preview-toggler').click({ timeout: 30_000 })
      const preview = session.frameLocator('iframe')
      await expect.poll(() => preview.locator('h1').innerText(), { timeout: 30_000 }).toBe(clinic.name)
      const draftSummary = `A draft summary seen in the live preview ${Date.now()}`
      await session.locator('#field-summary').fill(draftSummary)
      await session.getByRole('button', { name: 'Save Draft' }).click()
      await expect.poll(() => preview.locator('main').innerText(), { timeout: 15_000 }).toContain(draftSummary)
      expect(violations).toEqual([])
      await context.close()
    })
  })
})

describe.skipIf(!hasBrowser)('consent', () => {
  let browser: Browser
  let attributionCookie: string

  beforeAll(async () => {
    browser = await launchBrowser()
    attributionCookie = (await import('../../components/attribution')).ATTRIBUTION_COOKIE
  })

  afterAll(async () => {
    await browser?.close()
  })

  /** A first-time visitor, and what their browser holds for this site: the attribution cookie and web storage. */
  async function visitor() {
    const context = await browser.newContext()
    const page = await context.newPage()
    const stored = async () => {
      const cookie = (await context.cookies()).find((candidate) => candidate.name === attributionCookie)
      return {
        attribution: cookie ? JSON.parse(decodeURIComponent(cookie.value)) : undefined,
        storage: await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage })),
      }
    }
    return { context, page, stored }
  }

  const noticeIn = (page: Page, locale: Locale) =>
    page.getByRole('region', { name: translatorFor(locale)('Consent.title') })

  const settingsIn = (page: Page, locale: Locale) =>
    page.locator('footer').getByRole('button', { name: translatorFor(locale)('Consent.settings') })

  /** Answers the notice: 'accept' or 'refuse'. */
  const answer = (page: Page, locale: Locale, choice: 'accept' | 'refuse') =>
    noticeIn(page, locale)
      .getByRole('button', { name: translatorFor(locale)(`Consent.${choice}`) })
      .click()

  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent)

  /** Sends the consultation form on the current page as a person would; returns the stored lead. */
  async function sendRequest(page: Page, locale: Locale, clinic: string) {
    await page.waitForTimeout(3_500) // a person takes a moment; faster counts as a bot
    const email = `consent.${Date.now()}@example.com`
    await page.fill('#lead-name', 'Robin Consent')
    await page.fill('#lead-email', email)
    await page.check('#lead-consent')
    await page.click('.lead-form button[type="submit"]')
    await page.waitForURL(urlOf(locale, sitePages.thankYou(clinic)))
    const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })
    return docs[0]
  }

  const campaign = '?utm_source=newsletter&utm_medium=email&utm_campaign=winter'

  it.each(['en', 'ar'] as const)(
    'stores nothing on a first visit with campaign parameters, and asks in %s with two equal choices a keyboard reaches first',
    async (locale) => {
      const t = translatorFor(locale)
      const { context, page, stored } = await visitor()
      await page.goto(`${urlOf(locale, sitePages.comparison(CLINIC_A))}${campaign}`)
      const notice = noticeIn(page, locale)
      await notice.waitFor()
      expect(await stored()).toEqual({ attribution: undefined, storage: '{}' })
      expect(await accessibilityViolations(page)).toEqual([])

      const allow = notice.getByRole('button', { name: t('Consent.accept') })
      const refuse = notice.getByRole('button', { name: t('Consent.refuse') })
      const [allowBox, refuseBox] = [await allow.boundingBox(), await refuse.boundingBox()]
      expect([Math.round(refuseBox!.width), Math.round(refuseBox!.height)]).toEqual([
        Math.round(allowBox!.width),
        Math.round(allowBox!.height),
      ])
      expect(await refuse.getAttribute('class')).toBe(await allow.getAttribute('class'))

      // After the skip link, the keyboard reaches both choices before the page.
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      expect(await focusedText(page)).toBe(t('Consent.accept'))
      await page.keyboard.press('Tab')
      expect(await focusedText(page)).toBe(t('Consent.refuse'))
      await page.keyboard.press('Enter')
      await notice.waitFor({ state: 'detached' })
      expect((await stored()).attribution).toBeUndefined()
      expect((await stored()).storage).not.toContain('newsletter')

      // The choice is remembered.
      await page.goto(`${urlOf(locale, sitePages.home)}${campaign}`)
      await settingsIn(page, locale).waitFor()
      expect(await notice.count()).toBe(0)
      expect((await stored()).attribution).toBeUndefined()
      await context.close()
    },
  )

  it('without consent, sends the campaign and referrer of the page the form is on with the request, and stores nothing', async () => {
    const { context, page, stored } = await visitor()
    const clinicPage = urlOf('de', sitePages.clinic(CLINIC_B))
    await page.goto(`${clinicPage}?utm_source=partner&utm_campaign=spring&gclid=g-123`, {
      referer: 'http://search.example/results',
    })
    await answer(page, 'de', 'refuse')
    const lead = await sendRequest(page, 'de', CLINIC_B)
    // The first touch is unknown without a record of earlier visits; this page is the last touch.
    expect(lead.attribution?.lastTouch).toMatchObject({
      utm_source: 'partner',
      utm_campaign: 'spring',
      gclid: 'g-123',
      referrer: 'http://search.example/results',
      landingPage: new URL(clinicPage).pathname,
    })
    expect(lead.attribution?.firstTouch?.utm_source ?? undefined).toBeUndefined()
    expect(lead.source).toBe('partner')
    expect((await stored()).attribution).toBeUndefined()
    expect((await stored()).storage).not.toContain('partner')
    await context.close()
  })

  it('with consent, keeps the first touch and takes later campaign visits as the last touch, as before', async () => {
    const { context, page, stored } = await visitor()
    await page.goto(`${urlOf('en', sitePages.home)}${campaign}`)
    await answer(page, 'en', 'accept')
    const firstTouch = { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'winter', landingPage: '/en' }
    expect((await stored()).attribution).toEqual({ firstTouch, lastTouch: firstTouch })

    await page.goto(urlOf('en', sitePages.clinic(CLINIC_A)))
    await settingsIn(page, 'en').waitFor()
    expect(await noticeIn(page, 'en').count()).toBe(0)
    expect((await stored()).attribution).toEqual({ firstTouch, lastTouch: firstTouch })

    const comparison = urlOf('en', sitePages.comparison(CLINIC_A))
    await page.goto(`${comparison}?gclid=click-7`)
    const lastTouch = { gclid: 'click-7', landingPage: new URL(comparison).pathname }
    await expect.poll(async () => (await stored()).attribution).toEqual({ firstTouch, lastTouch })
    const lead = await sendRequest(page, 'en', CLINIC_A)
    expect(lead.attribution?.firstTouch).toMatchObject(firstTouch)
    expect(lead.attribution?.lastTouch).toMatchObject(lastTouch)
    expect(lead.source).toBe('google-ads')
    await context.close()
  })

  it('lets the visitor change their choice from the footer: refusing deletes the cookie, allowing records again', async () => {
    const t = translatorFor('fr')
    const { context, page, stored } = await visitor()
    await page.goto(`${urlOf('fr', sitePages.clinic(CLINIC_B))}${campaign}`)
    const notice = noticeIn(page, 'fr')
    await answer(page, 'fr', 'accept')
    expect((await stored()).attribution?.firstTouch).toMatchObject({ utm_source: 'newsletter' })

    const settings = settingsIn(page, 'fr')
    await settings.focus()
    await page.keyboard.press('Enter')
    await notice.waitFor()
    expect(await notice.innerText()).toContain(t('Consent.granted'))
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('consent-title')
    await answer(page, 'fr', 'refuse')
    await notice.waitFor({ state: 'detached' })
    expect((await stored()).attribution).toBeUndefined()
    expect(await focusedText(page)).toBe(t('Consent.settings'))

    await page.reload()
    await settings.waitFor()
    expect((await stored()).attribution).toBeUndefined()
    await settings.click()
    expect(await notice.innerText()).toContain(t('Consent.refused'))
    await answer(page, 'fr', 'accept')
    expect((await stored()).attribution?.lastTouch).toMatchObject({ utm_source: 'newsletter' })
    await context.close()
  })
})

describe('deletions and unpublishing', () => {
  const sitemap = async () => (await fetch(`${server.url}/sitemap.xml`)).text()
  /** A removal reaches every page within about a second; 3 s leaves room for a busy CI machine. */
  const withinSeconds = (check: () => Promise<void>) => eventually(check, 3_000)
  const unique = () => Math.random().toString(36).slice(2, 8)
  // Each test creates its documents and waits until every page shows them before removing them.
  const TEST_TIMEOUT = 180_000
  const inEveryLocale = (page: (locale: Locale) => SitePage) => locales.map((locale) => urlOf(locale, page(locale)))

  async function expectLive(pages: string[], listings: string[], text: string, slug: string) {
    await eventually(async () => {
      for (const url of pages) expect((await fetchPage(url)).status, url).toBe(200)
      for (const url of listings) expect((await fetchPage(url)).html, url).toContain(text)
      expect(await sitemap()).toContain(slug)
    })
  }

  async function expectGoneWithinSeconds(pages: string[], listings: string[], text: string, slug: string) {
    await withinSeconds(async () => {
      for (const url of pages) expect((await fetchPage(url)).status, url).toBe(404)
      for (const url of listings) expect((await fetchPage(url)).html, url).not.toContain(text)
      expect(await sitemap()).not.toContain(slug)
    })
  }

  type Removable = 'articles' | 'practitioners' | 'clinics'
  const asStaff = async (email: string) => ({
    'Content-Type': 'application/json',
    Authorization: `JWT ${await loginToken(email)}`,
  })
  const removals: { how: string; remove: (collection: Removable, id: number, staff: string) => Promise<void> }[] = [
    {
      how: 'deleted over REST by its owner',
      remove: async (collection, id, staff) => {
        const response = await fetch(`${server.url}/api/${collection}/${id}`, {
          method: 'DELETE',
          headers: await asStaff(staff),
        })
        expect(response.status).toBe(200)
      },
    },
    {
      how: 'deleted through the Local API in another process',
      remove: async (collection, id) => {
        await payload.delete({ collection, id })
      },
    },
    {
      how: 'unpublished over REST by its owner',
      remove: async (collection, id, staff) => {
        const response = await fetch(`${server.url}/api/${collection}/${id}`, {
          method: 'PATCH',
          headers: await asStaff(staff),
          body: JSON.stringify({ _status: 'draft' }),
        })
        expect(response.status).toBe(200)
      },
    },
    {
      how: 'unpublished through the Local API in another process',
      remove: async (collection, id) => {
        await payload.update({ collection, id, data: { _status: 'draft' } })
      },
    },
  ]
  const ownerOfA = demoStaffEmail('owner', CLINIC_A)

  /** A new published practitioner of clinic A and an article they wrote, with its own slug in every locale. */
  async function practitionerWithArticle() {
    const id = unique()
    const name = `Removal article ${id}`
    const clinic = await clinicId(payload, CLINIC_A)
    const practitioner = await payload.create({
      collection: 'practitioners',
      data: {
        name: `Dr Removal ${id}`,
        slug: `dr-removal-${id}`,
        jobTitle: 'Test physician',
        clinics: [clinic],
        _status: 'published',
      },
    })
    const slugs = Object.fromEntries(locales.map((locale) => [locale, `removal-article-${id}-${locale}`])) as Record<
      Locale,
      string
    >
    const article = await payload.create({
      collection: 'articles',
      locale: defaultLocale,
      data: {
        title: name,
        slug: slugs[defaultLocale],
        excerpt: 'Written by a test.',
        clinic,
        author: practitioner.id,
        tags: ['aftercare'],
        publishedAt: new Date().toISOString(),
        _status: 'published',
      },
    })
    for (const locale of locales.filter((other) => other !== defaultLocale)) {
      await payload.update({
        collection: 'articles',
        id: article.id,
        locale,
        data: {
          title: `${name} (${locale})`,
          slug: slugs[locale],
          excerpt: 'Written by a test.',
          _status: 'published',
        },
      })
    }
    return { name, practitioner, article, slugs }
  }

  it.each(removals)(
    'takes an article $how off its pages and every list in every locale',
    async ({ remove }) => {
      const { name, practitioner, article, slugs } = await practitionerWithArticle()
      const pages = inEveryLocale((locale) => sitePages.article(slugs[locale]))
      const listings = locales.flatMap((locale) =>
        [
          sitePages.articles,
          sitePages.articleSelection(CLINIC_A, 'aftercare'),
          sitePages.clinic(CLINIC_A),
          sitePages.practitioner(practitioner.slug),
        ].map((page) => urlOf(locale, page)),
      )
      await expectLive(pages, listings, name, slugs.en)

      await remove('articles', article.id, ownerOfA)
      await expectGoneWithinSeconds(pages, listings, name, slugs.en)
      for (const locale of locales) expect(await sitemap()).not.toContain(slugs[locale])
    },
    TEST_TIMEOUT,
  )

  it.each(removals)(
    'takes a practitioner $how off their page, their clinic’s and their articles',
    async ({ remove }) => {
      const { name, practitioner, slugs } = await practitionerWithArticle()
      const pages = inEveryLocale(() => sitePages.practitioner(practitioner.slug))
      const listings = [
        ...inEveryLocale(() => sitePages.clinic(CLINIC_A)),
        ...inEveryLocale((locale) => sitePages.article(slugs[locale])),
      ]
      await expectLive(pages, listings, practitioner.name, practitioner.slug)

      await remove('practitioners', practitioner.id, ownerOfA)
      await expectGoneWithinSeconds(pages, listings, practitioner.name, practitioner.slug)
      expect((await fetchPage(listings.at(-1)!)).html).toContain(name)
    },
    TEST_TIMEOUT,
  )

  it('lists an article its owner publishes in German on every German list it belongs to, within seconds', async () => {
    const title = `Neu auf Deutsch ${Date.now()}`
    const listings = [
      sitePages.articles,
      sitePages.articleSelection(CLINIC_A, 'all'),
      sitePages.articleSelection(CLINIC_A, 'aftercare'),
      sitePages.articleSelection('all', 'all'),
      sitePages.articleSelection('all', 'aftercare'),
      sitePages.clinic(CLINIC_A),
    ].map((page) => urlOf('de', page))
    // Each list is served from the cache before the article exists.
    for (const url of listings) expect((await fetchPage(url)).html, url).not.toContain(title)

    const response = await fetch(`${server.url}/api/articles?locale=de`, {
      method: 'POST',
      headers: await asStaff(ownerOfA),
      body: JSON.stringify({
        title,
        slug: `neu-${Date.now()}`,
        excerpt: 'Von der Inhaberin veröffentlicht.',
        clinic: await clinicId(payload, CLINIC_A),
        tags: ['aftercare'],
        _status: 'published',
      }),
    })
    expect(response.status).toBe(201)
    await withinSeconds(async () => {
      for (const url of listings) expect((await fetchPage(url)).html, url).toContain(title)
    })
  })

  it.each(removals.filter(({ how }) => how.startsWith('unpublished')))(
    'takes a clinic $how off its pages, the directory and the article filters',
    async ({ remove }) => {
      const { createAsSystem } = await import('../helpers/documents')
      const clinic = await payload.findByID({
        collection: 'clinics',
        id: await createAsSystem(payload, 'clinics', 0),
        depth: 0,
      })
      const pages = [
        ...inEveryLocale(() => sitePages.clinic(clinic.slug)),
        ...inEveryLocale(() => sitePages.comparison(clinic.slug)),
        ...inEveryLocale(() => sitePages.articleSelection(clinic.slug, 'all')),
      ]
      const listings = [...inEveryLocale(() => sitePages.home), ...inEveryLocale(() => sitePages.articles)]
      await expectLive(pages, listings, clinic.name, clinic.slug)

      await remove('clinics', clinic.id, DEMO_ADMIN_EMAIL)
      await expectGoneWithinSeconds(pages, listings, clinic.name, clinic.slug)
    },
    TEST_TIMEOUT,
  )
})

describe('paths with a dot', () => {
  /** GET and HEAD of an address that is no page: a 404 (never a 5xx) that sets no cookie. */
  async function notFound(address: string) {
    const head = await fetch(`${server.url}${address}`, { method: 'HEAD' })
    const get = await fetch(`${server.url}${address}`)
    expect([head.status, get.status], address).toEqual([404, 404])
    expect(get.headers.get('set-cookie'), address).toBeNull()
    return get.text()
  }

  const probes = [
    ['/foo.bar', defaultLocale],
    ['/.env', defaultLocale],
    ['/wp-login.php', defaultLocale],
    ['/api.php', defaultLocale],
    ['/en/foo.bar', 'en'],
    ['/de/kliniken/x.y', 'de'],
    ['/ar/.env', 'ar'],
  ] as const

  it('answers file probes with the 404 of their locale, or of the default locale', async () => {
    for (const [address, locale] of probes) {
      expect(await notFound(address), address).toContain(translatorFor(locale)('NotFound.title'))
    }
  })

  it.skipIf(!hasBrowser)('shows them the localized 404 page in a browser', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      for (const [address, locale] of probes) {
        const reading = await readPage(page, `${server.url}${address}`, 'h1')
        expect([reading.status, reading.lang, reading.h1], address).toEqual([
          404,
          locale,
          translatorFor(locale)('NotFound.title'),
        ])
      }
    } finally {
      await browser.close()
    }
  })

  it('answers other bogus addresses with a 4xx, never a 5xx', async () => {
    const bogus = ['/%00', '/en/%00', '/de/kliniken/%00', '/en/%E0%A4%A', '/%E0%A4%A', '/fr/cliniques/x%E0']
    for (const address of [...bogus, `/${'a'.repeat(4000)}`, `/en/${'a'.repeat(4000)}`]) {
      for (const method of ['GET', 'HEAD']) {
        const { status } = await fetch(`${server.url}${address}`, { method })
        expect(status, `${method} ${address.slice(0, 40)}`).toBeGreaterThanOrEqual(400)
        expect(status, `${method} ${address.slice(0, 40)}`).toBeLessThan(500)
      }
    }
  })

  it('still serves the files at the root and the cached pages', async () => {
    for (const file of ['/robots.txt', '/sitemap.xml', '/icon.svg', '/share.png']) {
      expect((await fetch(`${server.url}${file}`)).status, file).toBe(200)
    }
    const page = await fetch(`${server.url}/de/kliniken/${CLINIC_B}`)
    expect([page.status, page.headers.get('set-cookie')]).toEqual([200, null])
    expect(page.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
  })
})

describe('a directory of more than a hundred clinics', () => {
  const cities: Record<string, string> = { utrecht: 'Utrecht', 'den-haag': 'Den Haag' }
  const created: number[] = []

  afterAll(async () => {
    // Gone again for the tests after these; the last deletion refreshes the directory pages.
    const last = created.pop()
    if (created.length > 0) {
      await payload.delete({
        collection: 'clinics',
        where: { id: { in: created } },
        context: { disableRevalidate: true },
      })
    }
    if (last) await payload.delete({ collection: 'clinics', id: last })
  })

  /** The clinic names listed on a directory page, and the address of its next page. */
  async function listed(url: string) {
    const { status, html } = await fetchPage(url)
    expect(status, url).toBe(200)
    const names = [...html.matchAll(/<li class="card"><h3><a [^>]*>([^<]+)<\/a>/g)].map(([, name]) => name)
    const next = html.match(/<a href="([^"]+)" rel="next"/)?.[1]
    return { names, next: next && `${server.url}${next}`, html }
  }

  async function everyListed(firstPage: string) {
    const names: string[] = []
    for (let url: string | undefined = firstPage; url;) {
      const page = await listed(url)
      names.push(...page.names)
      url = page.next
    }
    return names
  }

  it('lists every clinic, a page at a time, by country and by city, with each city in the sitemap', async () => {
    const names: Record<string, string[]> = { utrecht: [], 'den-haag': [] }
    for (let index = 0; index < 101; index += 1) {
      const city = index < 60 ? 'utrecht' : 'den-haag'
      const data = (await newDocumentData(payload, 'clinics', 0)) as { address: Record<string, string> }
      const clinic = await payload.create({
        collection: 'clinics',
        data: { ...data, address: { ...data.address, city: cities[city], countryCode: 'NL' } } as never,
        // The last one refreshes the directory for all of them.
        context: { disableRevalidate: index < 100 },
      })
      created.push(clinic.id)
      names[city].push(clinic.name)
    }
    const allNames = [...names.utrecht, ...names['den-haag']]
    await eventually(async () => {
      expect(await everyListed(urlOf('en', sitePages.directory('nl', ALL)))).toEqual(expect.arrayContaining(allNames))
    })
    const netherlands = await everyListed(urlOf('en', sitePages.directory('nl', ALL)))
    expect(netherlands.sort()).toEqual([...allNames].sort())
    expect((await listed(urlOf('en', sitePages.directory('nl', ALL, 5)))).names).toHaveLength(101 - 4 * 24)
    expect((await fetchPage(urlOf('en', sitePages.directory('nl', ALL, 6)))).status).toBe(404)
    for (const [country, city, page] of [
      ['NL', ALL, '1'],
      ['nl', 'Utrecht', '1'],
      ['nl', ALL, '01'],
      ['xx', ALL, '1'],
    ]) {
      const url = `${server.url}/en/directory/${country}/${city}/${page}`
      expect((await fetchPage(url)).status, url).toBe(404)
    }

    // Every clinic in the whole directory, the three seeded ones too.
    const seeded = await payload.find({
      collection: 'clinics',
      locale: 'en',
      pagination: false,
      where: { id: { not_in: created }, _status: { equals: 'published' } },
    })
    const everywhere = await everyListed(urlOf('en', sitePages.directory(ALL, ALL)))
    expect(everywhere.sort()).toEqual([...allNames, ...seeded.docs.map((clinic) => clinic.name)].sort())

    // A city page, in German: only that city's clinics.
    const utrecht = urlOf('de', sitePages.directory('nl', 'utrecht'))
    expect(utrecht).toContain('/de/verzeichnis/nl/utrecht/1')
    expect((await everyListed(utrecht)).sort()).toEqual([...names.utrecht].sort())
    expect((await listed(utrecht)).html).toContain(
      `<h1>${translatorFor('de')('Directory.titlePlace', { place: 'Utrecht' })}</h1>`,
    )

    // The home page shows the first page and links to the rest.
    const home = (await fetchPage(urlOf('en', sitePages.home))).html
    expect([...home.matchAll(/<li class="card">/g)]).toHaveLength(24)
    expect(home).toContain(pagePath('en', sitePages.directory(ALL, ALL)))

    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    for (const locale of locales) {
      for (const city of Object.keys(cities))
        expect(sitemap).toContain(`<loc>${urlOf(locale, sitePages.directory('nl', city))}</loc>`)
    }
  })

  it.skipIf(!hasBrowser)('lets a visitor narrow it down by country and city in a browser, in Arabic', async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage()
      const t = translatorFor('ar')
      await page.goto(urlOf('ar', sitePages.directory(ALL, ALL)))
      const country = new Intl.DisplayNames('ar', { type: 'region' }).of('NL')!
      await page.getByRole('link', { name: new RegExp(`^${country}`) }).click()
      await page.waitForURL(urlOf('ar', sitePages.directory('nl', ALL)))
      await page.getByRole('link', { name: /^Den Haag/ }).click()
      await page.waitForURL(urlOf('ar', sitePages.directory('nl', 'den-haag')))
      expect(await page.locator('h1').innerText()).toBe(t('Directory.titlePlace', { place: 'Den Haag' }))
      expect(await page.locator('.card h3').count()).toBe(24)
      expect(await accessibilityViolations(page)).toEqual([])
    } finally {
      await browser.close()
    }
  })
})
