/**
 * Which addresses Next hands to proxy.ts, as Next itself reads its matcher: it must stay in step with the proxy, the
 * locales and the files the app serves, and skip a site's pages only on requests the production server marked.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server'
import { describe, expect, it, vi } from 'vitest'

import { locales } from '../i18n/locales'
import { config } from '../proxy'
import { KNOWN_SITE_HEADER } from '../site/clinicHosts'

// Only the proxy's matcher is read here; next-intl's middleware cannot load outside Next.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }))

const root = path.join(import.meta.dirname, '..')

/** A request as bootstrap/server.ts hands it to Next for a known site's host (the platform's, a clinic's domain). */
const ON_A_KNOWN_SITE = { host: 'berlin-mitte.example', [KNOWN_SITE_HEADER]: '1' }
/** One for any other host (site/clinicHosts.ts's markKnownSiteRequest), or from `next dev`, which marks none. */
const UNMARKED = { host: 'x3f9a0c7.example' }

/** Whether Next runs the proxy for an address with these headers. */
const proxyRuns = (address: string, headers: Record<string, string | undefined>) =>
  unstable_doesMiddlewareMatch({ config, url: address, headers })

const localePages = locales.flatMap((locale) => [
  `/${locale}`,
  `/${locale}/articles`,
  `/${locale}/clinics/berlin-mitte/botox-vs-fillers`,
])
const rootFiles = ['/robots.txt', '/sitemap.xml', '/sitemap/0.xml']

describe('the proxy matcher', () => {
  it('takes addresses without a locale on every host, to redirect them by Accept-Language', () => {
    for (const headers of [ON_A_KNOWN_SITE, UNMARKED]) {
      for (const address of ['/', '/clinics/london-marylebone', '/english', '/dear', '/administrator', '/apix']) {
        expect(proxyRuns(address, headers), address).toBe(true)
      }
    }
  })

  it('takes every locale’s pages and the root files of an unmarked request, to tell a clinic’s domain from a made-up host', () => {
    for (const address of [...localePages, ...rootFiles]) expect(proxyRuns(address, UNMARKED), address).toBe(true)
  })

  it('leaves a known site’s locale pages and root files alone, which the proxy would only let through', () => {
    for (const address of [...localePages, ...rootFiles])
      expect(proxyRuns(address, ON_A_KNOWN_SITE), address).toBe(false)
  })

  it('leaves the admin, the API and Next’s files alone on every host', () => {
    for (const headers of [ON_A_KNOWN_SITE, UNMARKED]) {
      for (const address of ['/admin', '/admin/collections/media', '/api/clinics', '/api/media/file/x.png']) {
        expect(proxyRuns(address, headers), address).toBe(false)
      }
      expect(proxyRuns('/_next/static/chunks/x.js', headers)).toBe(false)
    }
  })

  it('leaves the files of public/ and the app’s icon alone: the same on every host', () => {
    const publicFiles = readdirSync(path.join(root, 'public'))
    const icons = readdirSync(path.join(root, 'app')).filter((file) => /^icon\./.test(file))
    expect(icons).toEqual(['icon.svg'])
    for (const headers of [ON_A_KNOWN_SITE, UNMARKED]) {
      for (const file of [...publicFiles, ...icons]) expect(proxyRuns(`/${file}`, headers), file).toBe(false)
    }
  })

  it('takes every address that cannot be a page, with or without a locale, on every host, to answer it with a 404', () => {
    const notPages = ['/foo.bar', '/.env', '/wp-login.php', '/api.php', '/en.json', '/%00', '/robots.txt.bak']
    const localeNotPages = locales.flatMap((locale) =>
      ['foo.bar', 'clinics/x.y', 'clinics/%00', '%E0%A4%A'].map((rest) => `/${locale}/${rest}`),
    )
    for (const headers of [ON_A_KNOWN_SITE, UNMARKED]) {
      for (const address of [...notPages, ...localeNotPages]) expect(proxyRuns(address, headers), address).toBe(true)
    }
  })
})
