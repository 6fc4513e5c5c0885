/**
 * The pure parts of clinics' own domains: which hosts are the platform's, the addresses a domain gives each page in
 * every locale, the language `/` picks there, and the cached paths an edit revalidates on the domain.
 */
import type { IncomingMessage } from 'node:http'
import type { RouteHas } from 'next/dist/lib/load-custom-routes'
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match'
import { matchHas } from 'next/dist/shared/lib/router/utils/prepare-destination'
import { describe, expect, it } from 'vitest'

import { isClinicHost, isPlatformHost, platformHostName } from '../domain/hosts.mjs'
import { type Locale, locales } from '../i18n/locales'
import { preferredLocale } from '../i18n/preferredLocale'
import { routing } from '../i18n/routing'
import { NO_SITE_FOLDER } from '../site/clinicDomainRoutes.mjs'
import { revalidationPaths } from '../site/revalidate'
import {
  type ClinicDomain,
  domainPagePath,
  domainRoutePath,
  domainRoutePattern,
  pageUrl,
  routePath,
  sitePages,
} from '../site/pages'

const SITE: ClinicDomain = { domain: 'berlin-mitte.example', clinic: 'berlin-mitte' }

describe('the platform’s hosts', () => {
  it('are its own, localhost and any IP address; every other host name may be a clinic’s', () => {
    for (const host of [platformHostName(), 'localhost', '127.0.0.1', '10.0.0.12', '[']) {
      expect(isPlatformHost(host), host).toBe(true)
    }
    for (const host of ['berlin-mitte.example', 'localhost.example', 'www.berlin-lumen.de', '127.0.0.1.example']) {
      expect(isPlatformHost(host), host).toBe(false)
      expect(isClinicHost(host), host).toBe(true)
    }
  })

  it('take only a host name into a clinic’s internal path: nothing that could climb out of it', () => {
    for (const host of ['..', '.', 'a/b', '../api', 'x..', '-', '', 'a%2fb', 'localhost']) {
      expect(isClinicHost(host), host).toBe(false)
    }
  })
})

describe('the host conditions of next.config.mjs’s rewrites', () => {
  type Rewrite = { source: string; destination: string; has?: RouteHas[]; missing?: RouteHas[] }

  /** Whether Next applies `rule` to a request for `path` with this Host header (none when undefined). */
  const applies = (rule: Rewrite, host: string | undefined, path = '/de') =>
    getPathMatch(rule.source)(path) !== false &&
    matchHas({ headers: host === undefined ? {} : { host } } as IncomingMessage, {}, rule.has, rule.missing) !== false

  it('send a clinic’s host to its pages, the platform’s to none of them, and any other Host to a 404', async () => {
    const config = (await import('../next.config.mjs')).default
    const { beforeFiles } = (await config.rewrites!()) as { beforeFiles: Rewrite[] }
    const home = beforeFiles.find((rule) => rule.source === '/de')!
    const notFound = (host: string | undefined, path?: string) =>
      beforeFiles.some((rule) => rule.destination.startsWith(NO_SITE_FOLDER) && applies(rule, host, path))
    for (const host of [
      'berlin-mitte.example',
      'xlocalhost.example',
      '1.2.3.4.nip.io',
      `${platformHostName()}.evil.tld`,
    ]) {
      expect(applies(home, host), host).toBe(true)
      expect(notFound(host), host).toBe(false)
    }
    for (const host of [platformHostName(), 'localhost', '127.0.0.1', '[', `${platformHostName()}:3000`]) {
      expect(
        beforeFiles.filter((rule) => applies(rule, host)),
        host,
      ).toEqual([])
    }
    // Not a host name, or no name at all (no Host, an empty one, only a port): a 404, never the platform's pages.
    for (const host of ['berlin-mitte.example.', 'evil_host.example', '..', undefined, '', ':80']) {
      expect(applies(home, host), String(host)).toBe(false)
      expect(notFound(host), String(host)).toBe(true)
    }
  })

  it('let the server’s own request for an upload through: next/image fetches it with no Host', async () => {
    const config = (await import('../next.config.mjs')).default
    const { beforeFiles } = (await config.rewrites!()) as { beforeFiles: Rewrite[] }
    const upload = '/api/media/file/seed-berlin-mitte-hero.webp'
    expect(beforeFiles.filter((rule) => applies(rule, undefined, upload))).toEqual([])
    expect(beforeFiles.filter((rule) => applies(rule, 'evil_host.example', upload))).not.toEqual([])
  })
})

describe('a page’s address on a clinic’s domain', () => {
  it('is the platform’s address in the locale’s words without the clinic', () => {
    const german: [ReturnType<typeof sitePages.clinic>, string][] = [
      [sitePages.clinic('berlin-mitte'), '/de'],
      [sitePages.home, '/de'],
      [sitePages.comparison('berlin-mitte'), '/de/botox-oder-filler'],
      [sitePages.thankYou('berlin-mitte'), '/de/danke'],
      [sitePages.treatment('botulinum-toxin'), '/de/behandlungen/botulinum-toxin'],
      [sitePages.practitioner('lena-hoffmann'), '/de/behandelnde/lena-hoffmann'],
      [sitePages.articles, '/de/artikel'],
      [sitePages.article('wie-lange'), '/de/artikel/wie-lange'],
    ]
    for (const [page, path] of german) expect(domainPagePath('de', page, SITE)).toBe(path)
    for (const locale of locales) {
      const words = routing.pathnames['/clinics/[clinic]/botox-vs-fillers'][locale].split('/').pop()
      expect(domainPagePath(locale, sitePages.comparison('berlin-mitte'), SITE)).toBe(`/${locale}/${words}`)
    }
  })

  it('does not exist for another clinic’s pages or the directory: those links lead to the platform', () => {
    for (const page of [
      sitePages.clinic('london-marylebone'),
      sitePages.comparison('london-marylebone'),
      sitePages.directory('all', 'all'),
    ]) {
      expect(domainPagePath('en', page, SITE)).toBeUndefined()
      expect(pageUrl('en', page, SITE)).toMatch(new RegExp(`^https?://${platformHostName()}[:/]`))
    }
    expect(pageUrl('fr', sitePages.comparison('berlin-mitte'), SITE)).toMatch(
      /^https?:\/\/berlin-mitte\.example(:\d+)?\/fr\/botox-ou-acide-hyaluronique$/,
    )
  })
})

describe('the language / picks on a clinic’s domain', () => {
  const offered: Locale[] = ['en', 'de', 'ar']
  it('is the visitor’s most wanted one the clinic is shown in, else the fallback', () => {
    expect(preferredLocale('de-DE,de;q=0.9,en;q=0.5', offered, 'en')).toBe('de')
    expect(preferredLocale('fr-FR,fr;q=0.9,ar;q=0.5', offered, 'en')).toBe('ar')
    expect(preferredLocale('en;q=0.2,de;q=0.8', offered, 'en')).toBe('de')
    expect(preferredLocale('de;q=0', ['en', 'de'], 'en')).toBe('en')
    expect(preferredLocale('fr', offered, 'en')).toBe('en')
    expect(preferredLocale(null, offered, 'de')).toBe('de')
    expect(preferredLocale('%%%, ;q=x', offered, 'en')).toBe('en')
  })
})

describe('what an edit revalidates on clinics’ domains', () => {
  const comparison = sitePages.comparison('berlin-mitte')

  it('a clinic’s own pages on its domain by path in every locale, refreshed through the proxies with its host', () => {
    const paths = revalidationPaths([comparison, { page: comparison, onDomain: SITE }], { locale: 'de' })
    for (const locale of locales) {
      expect(paths).toContain(routePath(locale, comparison))
      expect(paths).toContain(domainRoutePath(locale, comparison, SITE))
    }
    expect(domainRoutePath('de', comparison, SITE)).toBe('/site/berlin-mitte.example/de/botox-vs-fillers')
    const german = new URL(pageUrl('de', comparison, SITE))
    expect(german.hostname).toBe('berlin-mitte.example')
    expect(paths).toContain(`/_proxy-refresh/${german.host}${german.pathname}`)
  })

  it('the pages every domain may show of any clinic (a treatment) by their route pattern on all domains', () => {
    const paths = revalidationPaths([sitePages.treatment('botulinum-toxin')])
    expect(paths).toContain(domainRoutePattern('/treatments/[treatment]'))
    expect(domainRoutePattern('/treatments/[treatment]')).toBe(
      '/(clinic-site)/site/[domain]/[locale]/treatments/[treatment]',
    )
    expect(domainRoutePattern('/clinics/[clinic]')).toBe('/(clinic-site)/site/[domain]/[locale]')
  })
})
