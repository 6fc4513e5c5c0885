import { type Locale, locales } from '../i18n/locales'
import { routing } from '../i18n/routing'
import { platformUrl } from '../domain/hosts.mjs'
import { CLINIC_DOMAIN_ROUTES, CLINIC_SITE_FOLDER, onClinicDomain } from './clinicDomainRoutes.mjs'

type Pathnames = keyof typeof routing.pathnames

type ParamsOf<Pathname extends string> = Pathname extends `${string}[${infer Name}]${infer Rest}`
  ? { [Key in Name]: string } & ParamsOf<Rest>
  : unknown

/** One public page: its route (a key of `pathnames` in `i18n/routing.ts`) and the slugs that fill it. */
export type SitePage = {
  [Pathname in Pathnames]: Pathname extends `${string}[${string}`
    ? { pathname: Pathname; params: ParamsOf<Pathname> }
    : { pathname: Pathname }
}[Pathnames]

const fill = (pattern: string, page: SitePage): string => {
  const params: Record<string, unknown> = 'params' in page ? page.params : {}
  return pattern.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(String(params[name])))
}

const withLocale = (locale: Locale, path: string) => (path === '/' ? `/${locale}` : `/${locale}${path}`)

/** The visitor-facing path of a page in a locale, with that locale's path words: `/de/kliniken/…`. */
export const pagePath = (locale: Locale, page: SitePage): string => {
  const pattern: string | Record<Locale, string> = routing.pathnames[page.pathname]
  return withLocale(locale, fill(typeof pattern === 'string' ? pattern : pattern[locale], page))
}

/** The path of the app folder that renders a page (`/de/clinics/…`): what Next caches and revalidates. */
export const routePath = (locale: Locale, page: SitePage): string => withLocale(locale, fill(page.pathname, page))

/**
 * A route as Next tags all of its pages in every locale: the app folder with its route group
 * (`/(frontend)/[locale]/articles/…`). Without the group, revalidating the pattern matches nothing.
 */
export const routePattern = (pathname: SitePage['pathname']): string =>
  `/(frontend)/[locale]${pathname === '/' ? '' : pathname}`

/** In a listing's address (articles, clinics), the filter value that selects everything. */
export const ALL = 'all'

/** A listing's page number as its address writes it ("1", "2", …), or undefined for anything else ("01", "0"). */
export function pageNumberOf(page: string): number | undefined {
  const pageNumber = Number(page)
  return Number.isInteger(pageNumber) && pageNumber >= 1 && String(pageNumber) === page ? pageNumber : undefined
}

/** The collections whose documents have public pages, each found by its slug. */
export type PagedCollection = 'clinics' | 'treatments' | 'practitioners' | 'articles'

/** Every kind of public page, built in one place: links, revalidation, the sitemap and previews use these. */
export const sitePages = {
  home: { pathname: '/' } as SitePage,
  articles: { pathname: '/articles' } as SitePage,
  clinic: (clinic: string): SitePage => ({ pathname: '/clinics/[clinic]', params: { clinic } }),
  comparison: (clinic: string): SitePage => ({ pathname: '/clinics/[clinic]/botox-vs-fillers', params: { clinic } }),
  thankYou: (clinic: string): SitePage => ({ pathname: '/clinics/[clinic]/thank-you', params: { clinic } }),
  treatment: (treatment: string): SitePage => ({ pathname: '/treatments/[treatment]', params: { treatment } }),
  practitioner: (practitioner: string): SitePage => ({
    pathname: '/practitioners/[practitioner]',
    params: { practitioner },
  }),
  article: (article: string): SitePage => ({ pathname: '/articles/[article]', params: { article } }),
  /** One page of the articles, by clinic and topic (each `all` for any). */
  articleSelection: (clinic: string, tag: string, page = 1): SitePage => ({
    pathname: '/articles/browse/[clinic]/[tag]/[page]',
    params: { clinic, tag, page: String(page) },
  }),
  /** Clinics in a country and city (each `all` for any), a page at a time. */
  directory: (country: string, city: string, page = 1): SitePage => ({
    pathname: '/directory/[country]/[city]/[page]',
    params: { country, city, page: String(page) },
  }),
}

/** The public address of the platform, for canonical links, hreflang, the sitemap and JSON-LD. */
export const siteUrl = (): string => platformUrl()

/**
 * The path of an uploaded file. Payload makes upload URLs absolute when a server URL is configured;
 * the site links them through its own origin (next/image accepts only local paths here).
 */
export const mediaPath = (url: string): string => new URL(url, 'http://localhost').pathname

export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`

/**
 * A clinic's own domain (`berlin-mitte.example`), which shows that clinic's pages without `/clinics/<slug>` in their
 * addresses. Where a function takes one, undefined means the platform's own host.
 */
export type ClinicDomain = { domain: string; clinic: string }

/** The domain a clinic's pages are shown on, or undefined when it has none (its pages are on the platform). */
export const clinicDomainOf = (clinic: { slug: string; customDomain?: string | null }): ClinicDomain | undefined =>
  clinic.customDomain ? { domain: clinic.customDomain, clinic: clinic.slug } : undefined

/** A clinic's own domain with the clinic's name, which names the domain's home page (its site name, breadcrumbs). */
export type NamedClinicDomain = ClinicDomain & { name: string }

/** The clinic's own domain with its name, or undefined when it has none (clinicDomainOf). */
export const namedDomainOf = (clinic: {
  slug: string
  name: string
  customDomain?: string | null
}): NamedClinicDomain | undefined => {
  const domain = clinicDomainOf(clinic)
  return domain && { ...domain, name: clinic.name }
}

const wordsOf = (locale: Locale, pathname: SitePage['pathname']): string => {
  const pattern: string | Record<Locale, string> = routing.pathnames[pathname]
  return typeof pattern === 'string' ? pattern : pattern[locale]
}

/** Whether clinics' domains show the route at all. */
export const isClinicDomainRoute = (pathname: SitePage['pathname']) => CLINIC_DOMAIN_ROUTES.includes(pathname)

/** Whether a clinic's domain shows the page: one of its routes, and none of another clinic's pages. */
const isOnDomain = (page: SitePage, { clinic }: ClinicDomain) =>
  isClinicDomainRoute(page.pathname) && !('params' in page && 'clinic' in page.params && page.params.clinic !== clinic)

/** The page's path on a clinic's domain (`/de/botox-oder-filler`), or undefined when that domain does not show it. */
export const domainPagePath = (locale: Locale, page: SitePage, domain: ClinicDomain): string | undefined =>
  isOnDomain(page, domain) ? withLocale(locale, fill(onClinicDomain(wordsOf(locale, page.pathname)), page)) : undefined

/** The app folder that renders a page of a clinic's domain (`/site/<domain>/de/botox-vs-fillers`), as Next caches it. */
export const domainRoutePath = (locale: Locale, page: SitePage, { domain }: ClinicDomain): string =>
  `${CLINIC_SITE_FOLDER}/${domain}${withLocale(locale, fill(onClinicDomain(page.pathname), page))}`

/** A route of clinics' domains as Next tags all its pages on every domain and in every locale (see routePattern). */
export const domainRoutePattern = (pathname: SitePage['pathname']): string =>
  `/(clinic-site)${CLINIC_SITE_FOLDER}/[domain]/[locale]${onClinicDomain(pathname)}`.replace(/\/$/, '')

/** A clinic domain's address: the platform's scheme and port (a test or demo serves every host on one port). */
export const domainUrl = (domain: string, path: string): string => {
  const url = new URL(path, siteUrl())
  url.hostname = domain
  return url.href
}

/**
 * A link to `page` from a page shown on `domain` (a clinic's own) or on the platform: a path on the same host when
 * that host shows the page, else the platform's absolute address.
 */
export const pageHref = (locale: Locale, page: SitePage, domain?: ClinicDomain): string => {
  const onDomain = domain && domainPagePath(locale, page, domain)
  if (onDomain) return onDomain
  return domain ? absoluteUrl(pagePath(locale, page)) : pagePath(locale, page)
}

/** The absolute URL of `page` on `domain` when that domain shows it, else on the platform. */
export const pageUrl = (locale: Locale, page: SitePage, domain?: ClinicDomain): string => {
  const onDomain = domain && domainPagePath(locale, page, domain)
  return onDomain ? domainUrl(domain.domain, onDomain) : absoluteUrl(pagePath(locale, page))
}

/** A page in every locale. Pages whose slug is localized pass a function of the locale. */
export type LocalizedPage = SitePage | ((locale: Locale) => SitePage | undefined)

export const pageIn = (page: LocalizedPage, locale: Locale): SitePage | undefined =>
  typeof page === 'function' ? page(locale) : page

/** Each locale's absolute URL of the page, on `domain` when it shows the page; locales where it does not exist are left out. */
export function alternateUrls(page: LocalizedPage, domain?: ClinicDomain): Partial<Record<Locale, string>> {
  const urls: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const localized = pageIn(page, locale)
    if (localized) urls[locale] = pageUrl(locale, localized, domain)
  }
  return urls
}
