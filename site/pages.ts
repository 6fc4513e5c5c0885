import { type Locale, locales } from '../i18n/locales'
import { routing } from '../i18n/routing'

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
  /** Clinics in a country and city (each `all` for any), a page at a time. */
  directory: (country: string, city: string, page = 1): SitePage => ({
    pathname: '/directory/[country]/[city]/[page]',
    params: { country, city, page: String(page) },
  }),
}

/** The public address of the site, for canonical links, hreflang, the sitemap and JSON-LD. */
export const siteUrl = (): string =>
  (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/**
 * The path of an uploaded file. Payload makes upload URLs absolute when a server URL is configured;
 * the site links them through its own origin (next/image accepts only local paths here).
 */
export const mediaPath = (url: string): string => new URL(url, 'http://localhost').pathname

export const absoluteUrl = (path: string): string => `${siteUrl()}${path}`

/** A page in every locale. Pages whose slug is localized pass a function of the locale. */
export type LocalizedPage = SitePage | ((locale: Locale) => SitePage | undefined)

export const pageIn = (page: LocalizedPage, locale: Locale): SitePage | undefined =>
  typeof page === 'function' ? page(locale) : page

/** Each locale's absolute URL of the page; locales where it does not exist are left out. */
export function alternateUrls(page: LocalizedPage): Partial<Record<Locale, string>> {
  const urls: Partial<Record<Locale, string>> = {}
  for (const locale of locales) {
    const localized = pageIn(page, locale)
    if (localized) urls[locale] = absoluteUrl(pagePath(locale, localized))
  }
  return urls
}
