import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { defaultLocale, isLocale, locales } from './i18n/locales'
import { preferredLocale } from './i18n/preferredLocale'
import { routing } from './i18n/routing'
import { hostNameOf, isClinicHost, isPlatformHost } from './domain/hosts.mjs'
import { isKnownClinicHost } from './site/clinicHosts'
import { CLINIC_SITE_FOLDER, NO_SITE_FOLDER } from './site/clinicDomainRoutes.mjs'

const redirectByLanguage = createMiddleware(routing)

/** No page address has a dot or a percent-encoded byte: every slug and path word is `[a-z0-9-]`. */
const NOT_A_PAGE = /[.%]/

/** The files every site serves at its root, from app/ (robots.txt, the sitemap and its parts). */
const ROOT_FILE = /^\/(?:robots\.txt|sitemap\.xml|sitemap\/\d+\.xml)$/

const isPercentEncoded = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** The locale an address starts with, if any. */
const localePrefixOf = (pathname: string) => {
  const prefix = pathname.split('/')[1]
  return isLocale(prefix) ? prefix : undefined
}

/** The locale an address starts with, else the default one: the language of its 404. */
const localeOf = (pathname: string) => localePrefixOf(pathname) ?? defaultLocale

/**
 * What next.config.mjs serves as it is, without the proxy: a locale's pages, whose words it maps to the app's
 * folders by host (cached pages stay fast), and the root files.
 */
const isServedByRewrites = (pathname: string) =>
  ROOT_FILE.test(pathname) || (localePrefixOf(pathname) !== undefined && !NOT_A_PAGE.test(pathname))

/**
 * On the platform, addresses without a locale are redirected by Accept-Language. Addresses that cannot be pages
 * (`/wp-login.php`, `/.env`, `/de/kliniken/%00`) get the 404 of their locale, or of the default locale, at once:
 * without a locale they would reach the locale layout with a bogus one, and a NUL in a slug would reach the database.
 */
function onPlatform(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (isServedByRewrites(pathname)) return NextResponse.next()
  if (!NOT_A_PAGE.test(pathname)) return redirectByLanguage(request)
  // Under the locale, an address no page claims: the catch-all page answers with the localized 404.
  return NextResponse.rewrite(new URL(`/${localeOf(pathname)}/not-a-page`, request.url))
}

/**
 * On a clinic's own domain, `/` picks the clinic's language (app/(clinic-site)/site/[domain]/route.ts), with its query:
 * a campaign's parameters go on to the page the visitor lands on. Its pages and files are next.config.mjs's; any
 * other address here is its 404.
 */
function onClinicDomain(request: NextRequest, domain: string) {
  const { pathname, search } = request.nextUrl
  if (isServedByRewrites(pathname)) return NextResponse.next()
  const site = `${CLINIC_SITE_FOLDER}/${domain}`
  const target = pathname === '/' ? `${site}${search}` : `${site}/${localeOf(pathname)}/not-a-page`
  return NextResponse.rewrite(new URL(target, request.url))
}

/**
 * A host that is no site's: no clinic has it, now or before, or it is not a host name at all. Every address there
 * is one 404 (app/(clinic-site)/no-site), in the address's language or else the visitor's, which stores nothing
 * per host: anyone can make up hosts by the million.
 */
function onNoSite(request: NextRequest) {
  const { pathname } = request.nextUrl
  const locale =
    localePrefixOf(pathname) ?? preferredLocale(request.headers.get('accept-language'), [...locales], defaultLocale)
  return NextResponse.rewrite(new URL(`${NO_SITE_FOLDER}/${locale}`, request.url))
}

/** Whether a request's host name is a clinic's domain, now or before (let through while that cannot be told). */
const isClinicDomain = async (host: string) => isClinicHost(host) && (await isKnownClinicHost(host)) !== false

/**
 * Every request but the admin's, the API's and Next's files comes here first, on every host. On the platform's host
 * and a clinic's domain the production server (bootstrap/server.ts) lets a locale's pages and the root files skip
 * it, as the proxy would only let them through (under `next dev`, which marks nothing, they come here too). An
 * address that is not even valid percent-encoding (`/en/%E0%A4%A`) is a plain 400: Next fails to decode it into a
 * page's params, and with two root layouts (site, admin) it has no error page to show.
 */
export default async function proxy(request: NextRequest) {
  if (!isPercentEncoded(request.nextUrl.pathname)) return new NextResponse('Bad Request', { status: 400 })
  const host = hostNameOf(request.headers.get('host'))
  if (isPlatformHost(host)) return onPlatform(request)
  return (await isClinicDomain(host)) ? onClinicDomain(request, host) : onNoSite(request)
}

export const config = {
  // Next reads this literally: tests/routing.test.ts checks it. Never matched: Payload's admin and API, Next's
  // internals, and the files of public/ and app/icon.svg, the same on every host.
  matcher: [
    // On every host, the addresses that are not a locale's page or a root file: to redirect or answer them.
    '/((?!(?:en|de|fr|es|ar)(?:/|$)(?!.*[.%])|(?:admin|api|_next)(?:/|$)|(?:robots\\.txt|sitemap\\.xml|sitemap/\\d+\\.xml|icon\\.svg|share\\.png)$).*)',
    // Also the locale's pages and the root files on a host the production server has not marked as a known site's
    // (KNOWN_SITE_HEADER in site/clinicHosts.ts), to tell a clinic's domain from a made-up host.
    {
      source: '/((?!(?:admin|api|_next)(?:/|$)|(?:icon\\.svg|share\\.png)$).*)',
      missing: [{ type: 'header', key: 'x-known-site' }],
    },
  ],
}
