import { type NextRequest, NextResponse } from 'next/server'
import createMiddleware from 'next-intl/middleware'

import { defaultLocale, isLocale } from './i18n/locales'
import { routing } from './i18n/routing'
import { hostNameOf, isClinicHost, isPlatformHost, NO_SITE } from './domain/hosts.mjs'
import { CLINIC_SITE_FOLDER } from './site/clinicDomainRoutes.mjs'

const redirectByLanguage = createMiddleware(routing)

/** No page address has a dot or a percent-encoded byte: every slug and path word is `[a-z0-9-]`. */
const NOT_A_PAGE = /[.%]/

const isPercentEncoded = (pathname: string) => {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** The locale an address starts with, else the default one: the language of its 404. */
const localeOf = (pathname: string) => {
  const prefix = pathname.split('/')[1]
  return isLocale(prefix) ? prefix : defaultLocale
}

/**
 * On a clinic's own domain, `/` picks the clinic's language (app/(clinic-site)/site/[domain]/route.ts), with its query:
 * a campaign's parameters go on to the page the visitor lands on. Its pages skip the proxy like the platform's
 * (next.config.mjs rewrites them by host); any other address here is its 404.
 */
function onClinicDomain(request: NextRequest, domain: string) {
  const { pathname, search } = request.nextUrl
  const site = `${CLINIC_SITE_FOLDER}/${domain}`
  const target = pathname === '/' ? `${site}${search}` : `${site}/${localeOf(pathname)}/not-a-page`
  return NextResponse.rewrite(new URL(target, request.url))
}

/**
 * Addresses without a locale are redirected by Accept-Language. Addresses that cannot be pages (`/wp-login.php`,
 * `/.env`, `/de/kliniken/%00`) get the 404 of their locale, or of the default locale, at once: without a locale
 * they would reach the locale layout with a bogus one, and a NUL in a slug would reach the database. One that
 * is not even valid percent-encoding (`/en/%E0%A4%A`) is a plain 400: Next fails to decode it into a page's
 * params, and with two root layouts (site, admin) it has no error page to show.
 * Locale-prefixed pages skip the proxy (next.config.mjs maps their localized words), which keeps cached pages fast.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const host = hostNameOf(request.headers.get('host'))
  if (!isPercentEncoded(pathname)) return new NextResponse('Bad Request', { status: 400 })
  if (!isPlatformHost(host)) return onClinicDomain(request, isClinicHost(host) ? host : NO_SITE)
  if (!NOT_A_PAGE.test(pathname)) return redirectByLanguage(request)
  // Under the locale, an address no page claims: the catch-all page answers with the localized 404.
  return NextResponse.rewrite(new URL(`/${localeOf(pathname)}/not-a-page`, request.url))
}

export const config = {
  // Next reads this literally, so the locales and root files are spelled out; tests/routing.test.ts keeps them
  // in step. Not matched: a locale's pages (unless they cannot be pages, see above), Payload's admin and API,
  // Next's internals, and the files served at the root (app/robots.ts, app/sitemap.xml and the sitemap's parts,
  // app/icon.svg, public/).
  matcher: [
    '/((?!(?:en|de|fr|es|ar)(?:/|$)(?!.*[.%])|(?:admin|api|_next)(?:/|$)|(?:robots\\.txt|sitemap\\.xml|sitemap/\\d+\\.xml|icon\\.svg|share\\.png)$).*)',
  ],
}
