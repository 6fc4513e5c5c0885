/** The production server every area of tests/e2e/site.test.ts shares, and the helpers more than one area uses. */
import type { Payload } from 'payload'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'

import { defaultLocale, type Locale, locales } from '../../../i18n/locales'
import { ALL, type ClinicDomain, pagePath, pageUrl, type SitePage, sitePages } from '../../../site/pages'
import { CLINIC_A } from '../../helpers/actors'
import { freshDatabase, freshPayload } from '../../helpers/database'
import { startProductionServer } from '../../helpers/server'
import type { ProductionServer } from '../../../bootstrap/scripts'
import { signInOver } from '../../helpers/http'
import { hasBrowser, openBrowser } from '../../helpers/browser'

// Set once by startSite, before any area's tests run; ES modules hand the areas the live values.
export let server: ProductionServer
export let serverDatabase: string
export let payload: Payload
/** One Chromium for the areas that use it (when it is installed), with a page they share. */
export let browser: Browser
export let page: Page

export const urlOf = (locale: Locale, page: SitePage) => `${server.url}${pagePath(locale, page)}`

/** Builds and starts the production server on a fresh copy of the seeded database. */
export async function startSite() {
  serverDatabase = await freshDatabase()
  server = await startProductionServer(serverDatabase)
  payload = await freshPayload(serverDatabase)
  if (hasBrowser) ({ browser, page } = await openBrowser())
}

export async function stopSite() {
  await browser?.close()
  await server?.stop()
}

/** Signs a demo user in over REST, as an integration would; returns the JWT. */
export const loginToken = (email: string) => signInOver(server.url, email)

/** Polls until `check` passes: a Local API change from another process reaches the site asynchronously. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
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
export async function clinicInLocale(slug: string, locale: Locale) {
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

/**
 * Each localized public URL of a page, as search engines must see it in hreflang and the sitemap: on the platform, or
 * on the own domain of the clinic whose page it is.
 */
export const alternatesOf = (pageIn: (locale: Locale) => SitePage, domain?: ClinicDomain) => ({
  ...Object.fromEntries(locales.map((locale) => [locale, pageUrl(locale, pageIn(locale), domain)])),
  'x-default': pageUrl(defaultLocale, pageIn(defaultLocale), domain),
})

/** A page's status and HTML, as a crawler or shared cache gets it. */
export async function fetchPage(url: string) {
  const response = await fetch(url)
  return { status: response.status, html: await response.text() }
}

/** One page of each type that exists, in a locale. */
export async function publicPageTypes(locale: Locale): Promise<SitePage[]> {
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
export const pageTypes = async (locale: Locale): Promise<SitePage[]> => [
  ...(await publicPageTypes(locale)),
  sitePages.clinic('no-such-clinic'),
]

/**
 * Sends the consultation form on the current page as a person would and waits for the thank-you page; returns the
 * one lead stored.
 */
export async function sendConsultationRequest(page: Page, locale: Locale, clinic: string) {
  await page.waitForTimeout(3_500) // a person takes a moment; faster counts as a bot
  const email = `request.${Date.now()}@example.com`
  await page.fill('#lead-name', 'Robin Request')
  await page.fill('#lead-email', email)
  await page.check('#lead-consent')
  await page.click('.lead-form button[type="submit"]')
  await page.waitForURL(urlOf(locale, sitePages.thankYou(clinic)))
  const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })
  expect(docs).toHaveLength(1)
  return docs[0]
}
