/** Content-Security-Policy and the other security headers, checked over HTTP and in Chromium. */
import { describe, expect, it } from 'vitest'

import { translatorFor } from '../../../i18n/translator'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from '../../../seed/content/users'
import { pagePath, sitePages } from '../../../site/pages'
import { CLINIC_A } from '../../helpers/actors'
import { hasBrowser, signInToAdmin } from '../../helpers/browser'
import { browser, server, payload, urlOf, clinicInLocale, pageTypes, sendConsultationRequest } from './context'

export function securityHeaders() {
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
          // The whole policy as browsers receive it. Inline scripts stay allowed: a static page's RSC payload changes
          // with its content (see next.config.mjs).
          expect(response.headers.get('content-security-policy'), url).toBe(
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self'; " +
              "font-src 'self'; connect-src 'self'; form-action 'self'; object-src 'none'; base-uri 'self'; " +
              "frame-ancestors 'self'",
          )
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
      const { default: config } = await import('../../../next.config.mjs')
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
        await sendConsultationRequest(page, 'en', CLINIC_A)
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
}
