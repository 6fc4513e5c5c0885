/**
 * The production build (`npm run build && npm start`) as a visitor and the demo staff meet it:
 * localized home pages in a real browser, the admin login, and the HTTP API.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { directionOf, locales } from '../../i18n/locales'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoStaffEmail } from '../../seed/content/users'
import { CLINIC_A, clinicId } from '../helpers/actors'
import { accessibilityViolations, hasBrowser, launchBrowser } from '../helpers/browser'
import { freshPayload } from '../helpers/database'
import { startProductionServer } from '../helpers/server'

let server: Awaited<ReturnType<typeof startProductionServer>>
let payload: Payload

const homeTitle = (locale: string): string =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'messages', `${locale}.json`), 'utf8')).Home.title

beforeAll(async () => {
  payload = await freshPayload()
  server = await startProductionServer()
})

afterAll(async () => {
  await server?.stop()
})

describe('the production server over HTTP', () => {
  it('redirects a request without a locale by Accept-Language', async () => {
    const response = await fetch(`${server.url}/`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' },
    })
    expect(response.status).toBe(307)
    expect(new URL(response.headers.get('location')!, server.url).pathname).toBe('/de')
  })

  it('serves public pages without cookies, so a shared cache can keep them', async () => {
    for (const locale of locales) {
      const response = await fetch(`${server.url}/${locale}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('set-cookie'), locale).toBeNull()
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

  it('gives a logged-in owner their own clinic’s leads and no others', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: demoStaffEmail('owner', CLINIC_A), password: DEMO_PASSWORD }),
    })
    const { token } = await login.json()
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

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it.each(locales)('shows the %s home page in its language and direction, with its clinics', async (locale) => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/${locale}`)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.getAttribute('html', 'dir')).toBe(directionOf(locale))
    expect(await page.textContent('h1')).toBe(homeTitle(locale))
    const { docs } = await payload.find({ collection: 'clinics', locale, depth: 0, sort: 'name' })
    const shown = await page.locator('.clinic-list h3').allTextContents()
    expect(shown.sort()).toEqual(docs.map((clinic) => clinic.name).sort())
    await page.close()
  })

  it.each(['en', 'ar'])('has no accessibility violations on the %s home page', async (locale) => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/${locale}`)
    expect(await accessibilityViolations(page)).toEqual([])
    await page.close()
  })

  async function adminSession(email: string) {
    const page = await browser.newPage()
    await page.goto(`${server.url}/admin`)
    await page.fill('input[name="email"]', email)
    await page.fill('input[name="password"]', DEMO_PASSWORD)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    return page
  }

  it('lets the demo admin log in to /admin', async () => {
    const page = await adminSession(DEMO_ADMIN_EMAIL)
    await page.getByRole('link', { name: 'Clinics' }).first().waitFor({ timeout: 30_000 })
    await page.close()
  })

  it('shows an owner only their own clinic in the admin lists', async () => {
    const page = await adminSession(demoStaffEmail('owner', CLINIC_A))
    await page.goto(`${server.url}/admin/collections/clinics`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('table tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Lumen Clinic Marylebone'),
    ])
    await page.goto(`${server.url}/admin/collections/practitioners`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
    const practitioners = (await page.locator('table tbody tr').allTextContents()).join(' ')
    expect(practitioners).toContain('Priya Nair')
    expect(practitioners).not.toContain('Jonas Weber')
    await page.close()
  })
})
