import { createHmac, timingSafeEqual } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'
import { revalidatePath } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeDeleteHook,
  Endpoint,
  FlattenedField,
  PayloadRequest,
  TypeWithID,
} from 'payload'

import { relationId } from '../access/roles'
import { parseJson, readBody } from '../http/requestBody'
import { defaultLocale, isLocale, type Locale, locales } from '../i18n/locales'
import {
  type ClinicDomain,
  domainRoutePath,
  domainRoutePattern,
  isClinicDomainRoute,
  pageUrl,
  routePath,
  routePattern,
  type SitePage,
  siteUrl,
} from './pages'
import { forgetClinicHosts } from './clinicHosts'
import { refreshMark } from './proxyRefresh.mjs'
import { SITEMAP_PARTS_ROUTE } from './sitemap'

const SIGNATURE_HEADER = 'x-revalidate-signature'
/** Paths one signed request may revalidate: pathsToRevalidate stays far below it (see MAX_PAGES_PER_ROUTE). */
export const MAX_PATHS = 2000
const MAX_BODY_BYTES = 200_000

/**
 * A page on the platform, the same page on a clinic's own domain, or every page of one route (such as all article
 * selections) when a change touches them all: on the platform and on every clinic's domain that shows the route.
 */
export type AffectedPage = SitePage | { page: SitePage; onDomain: ClinicDomain } | { everyPageOf: SitePage['pathname'] }

/**
 * Beyond this many pages of one route (a treatment every clinic offers: each clinic's three pages), the change
 * revalidates the route's pattern instead, one path for all of them. With 1 000 clinics that is 3 paths instead
 * of 15 000, which the signed endpoint would refuse; only the pages visited afterwards render again either way.
 */
export const MAX_PAGES_PER_ROUTE = 20

type ShownPage = Exclude<AffectedPage, { everyPageOf: unknown }>

const sitePageOf = (page: ShownPage): SitePage => ('onDomain' in page ? page.page : page)

/** The route of a page, on the platform or one domain: the key that counts how many of its pages a change touches. */
const routeOf = (page: ShownPage) =>
  'onDomain' in page ? `${page.onDomain.domain}${page.page.pathname}` : page.pathname

/** The pages given, with the route pattern in place of the pages of any route that has too many of them. */
function withPatternsForMany(pages: AffectedPage[]): AffectedPage[] {
  const shown = pages.filter((page): page is ShownPage => !('everyPageOf' in page))
  const count = new Map<string, number>()
  for (const page of shown) count.set(routeOf(page), (count.get(routeOf(page)) ?? 0) + 1)
  const isMany = (page: ShownPage) => count.get(routeOf(page))! > MAX_PAGES_PER_ROUTE
  const manyRoutes = new Set(shown.filter(isMany).map((page) => sitePageOf(page).pathname))
  return [
    ...pages.filter((page) => 'everyPageOf' in page || !isMany(page)),
    ...[...manyRoutes].map((pathname) => ({ everyPageOf: pathname })),
  ]
}

/**
 * The sitemaps and robots.txt of every clinic's domain, as Next tags a route handler's folder (see SITEMAP_PARTS_ROUTE):
 * a change to a clinic or its pages reaches its domain's sitemap, and a domain newly given no longer answers 404.
 */
const DOMAIN_FILE_ROUTES = ['/(clinic-site)/site/[domain]/sitemap.xml', '/(clinic-site)/site/[domain]/robots.txt']

/**
 * The cached paths of one affected page in every locale. A platform page of a route that clinics' domains show for
 * any clinic (a treatment, a practitioner, an article) is on every domain that shows it: the domains' route pattern
 * stands for those. A clinic's own pages on its domain are listed as such (documentPages.ts).
 */
function pathsOf(page: AffectedPage): string[] {
  if ('everyPageOf' in page) {
    const onDomains = isClinicDomainRoute(page.everyPageOf) ? [domainRoutePattern(page.everyPageOf)] : []
    return [routePattern(page.everyPageOf), ...onDomains]
  }
  if ('onDomain' in page) return locales.map((locale) => domainRoutePath(locale, page.page, page.onDomain))
  const ofAnyClinic = isClinicDomainRoute(page.pathname) && page.pathname !== '/' && !page.pathname.includes('[clinic]')
  return [
    ...locales.map((locale) => routePath(locale, page)),
    ...(ofAnyClinic ? [domainRoutePattern(page.pathname)] : []),
  ]
}

/**
 * Every locale's cached copy of these pages, plus the sitemaps that list them (the platform's file, or its index and
 * parts, and the domains'). A route pattern (`/(frontend)/[locale]/articles/...`) stands for all of that route's pages.
 */
export const pathsToRevalidate = (pages: AffectedPage[]): string[] => [
  ...new Set([
    ...withPatternsForMany(pages).flatMap(pathsOf),
    '/sitemap.xml',
    SITEMAP_PARTS_ROUTE,
    ...DOMAIN_FILE_ROUTES,
  ]),
]

/**
 * The pages fetched afresh into the caching proxies after a change (site/proxyRefresh.mjs), in this order of
 * routes: the comparison pages (where visitors compare and ask for a consultation), then the other pages of one
 * document; a page in another language than the change's ranks one route lower (the Spanish clinic page of a change
 * made in Spanish comes right after its comparison page, then the other languages' comparison pages). Each refresh
 * is a render, and renders take the instances' cores from visitors: lists (the home page, the directory, the
 * articles) and the thank-you page show a change through the proxies when their copies expire, within two seconds,
 * as do a change's pages beyond the first MAX_REFRESHED_PAGES.
 */
const REFRESHED_ROUTES: SitePage['pathname'][] = [
  '/clinics/[clinic]/botox-vs-fillers',
  '/clinics/[clinic]',
  '/treatments/[treatment]',
  '/practitioners/[practitioner]',
  '/articles/[article]',
]
const MAX_REFRESHED_PAGES = 6

/**
 * The language a change was made in, and whether it shows in that language alone (see localeOfChange): then
 * its pages in the other languages are not refreshed, since they did not change.
 */
export type ChangeLocale = { locale: Locale; only?: boolean }

/** Refresh marks for a change's pages that are refreshed in the proxies, in the order above. */
function refreshMarks(pages: AffectedPage[], change: ChangeLocale): string[] {
  const documentPages = pages.filter((page): page is ShownPage => !('everyPageOf' in page))
  const changedIn = change.locale
  const otherLanguage = (locale: Locale) => (locale === changedIn ? 0 : 1)
  // A page in another language than the change's ranks one route lower, after the change's language's own pages.
  const ranked = (change.only ? [changedIn] : locales).flatMap((locale) =>
    documentPages.flatMap((page) => {
      const route = REFRESHED_ROUTES.indexOf(sitePageOf(page).pathname)
      return route < 0 ? [] : [{ page, locale, rank: route + otherLanguage(locale), route }]
    }),
  )
  return ranked
    .sort((a, b) => a.rank - b.rank || otherLanguage(a.locale) - otherLanguage(b.locale) || a.route - b.route)
    .slice(0, MAX_REFRESHED_PAGES)
    .map(({ page, locale }) =>
      refreshMark(new URL(pageUrl(locale, sitePageOf(page), 'onDomain' in page ? page.onDomain : undefined))),
    )
}

/**
 * The paths a change revalidates (pathsToRevalidate), then marks that have the caching proxies in front of the
 * instances fetch its main pages afresh: Next hands them to the page cache in this order, so the pages are stale
 * in the shared cache before any is refreshed. Ignored where no proxy listens.
 */
export const revalidationPaths = (
  pages: AffectedPage[],
  change: ChangeLocale = { locale: defaultLocale },
): string[] => [...pathsToRevalidate(pages), ...refreshMarks(pages, change)]

/** Fields every save rewrites, and join fields (other documents' relations to this one, never written here). */
const unshownField = (field: FlattenedField) =>
  field.type === 'join' || field.name === 'updatedAt' || field.name === 'createdAt'

const sameValue = (field: FlattenedField, before: unknown, after: unknown) =>
  field.type === 'relationship' || field.type === 'upload'
    ? isDeepStrictEqual([before].flat().map(idOf), [after].flat().map(idOf))
    : isDeepStrictEqual(before, after)

// A relation may be written as an id or as the related document (with its id).
const idOf = (relation: unknown) => relationId(relation as Parameters<typeof relationId>[0])

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/** What a save did to a document, as its afterChange hook sees it. */
type Save = {
  /** The document before, in the save's language without fallback, every field included. */
  previousDoc?: object
  /** What the save wrote, after the hooks that change it: the fields it did not write kept their values. */
  data?: object
}

/**
 * The language of a change, and whether it shows in that language alone: it changed only translated fields, in a
 * language no other falls back to (an empty translation shows the default language's text). Not when it adds or
 * removes a translation, which decides the languages a page is offered in on every language's page, or changes a
 * slug, which every language's switcher and hreflang link to. Judged on what was written rather than the document
 * read back, which fills empty translations from English and leaves out what the user may not read.
 */
export function localeOfChange(req: PayloadRequest, fields: FlattenedField[], save: Save): ChangeLocale {
  const locale = isLocale(req.locale) ? req.locale : defaultLocale
  const [before, written] = [save.previousDoc, save.data ?? {}] as Record<string, unknown>[]
  const showsHereAlone = (field: FlattenedField) => {
    const { name } = field
    if (unshownField(field) || !Object.hasOwn(written, name)) return true
    const [then, now] = [before[name], written[name]]
    if (!('localized' in field && field.localized)) return sameValue(field, then, now)
    return isEmpty(now) === isEmpty(then) && (name !== 'slug' || sameValue(field, then, now))
  }
  return { locale, only: locale !== defaultLocale && before !== undefined && fields.every(showsHereAlone) }
}

// A pattern stands for all its pages. The sitemap's parts are a route handler, which Next tags with a layout tag
// of each of its folders rather than as a page.
const revalidate = (path: string) =>
  revalidatePath(
    path,
    path === SITEMAP_PARTS_ROUTE || DOMAIN_FILE_ROUTES.includes(path)
      ? 'layout'
      : path.includes('[')
        ? 'page'
        : undefined,
  )

/**
 * Marks a change's paths stale in this Next server. A change may give, move or take a clinic's domain (it always
 * reaches the domains' files), so the proxy here reads the domains again first.
 */
const revalidateHere = (paths: string[]) => {
  forgetClinicHosts()
  for (const path of paths) revalidate(path)
}

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('hex')

const outsideNext = (error: unknown) => error instanceof Error && /static generation store missing/i.test(error.message)

/** Waits until the request's transaction is committed or rolled back, so no page regenerates from old data. */
async function afterTransaction(req: PayloadRequest) {
  for (let waited = 0; req.transactionID && waited < 10_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * Marks pages stale in Next's cache. Inside the Next server (the admin, REST, GraphQL) that is a direct call.
 * A Local API change from another process (a script, a job worker) asks the running site to do it through
 * the signed /api/revalidate endpoint, once its transaction is committed.
 */
export async function revalidatePages(
  req: PayloadRequest,
  pages: AffectedPage[],
  change: ChangeLocale = { locale: isLocale(req.locale) ? req.locale : defaultLocale },
): Promise<void> {
  if (req.context.disableRevalidate) return
  const paths = revalidationPaths(pages, change)
  try {
    revalidateHere(paths)
    return
  } catch (error) {
    if (!outsideNext(error)) throw error
  }
  // Without a configured public URL there is no running site to tell (tests, a script on a laptop).
  if (!process.env.NEXT_PUBLIC_SERVER_URL) return
  const notify = async () => {
    await afterTransaction(req)
    const body = JSON.stringify({ paths })
    const response = await fetch(`${siteUrl()}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: sign(req.payload.secret, body) },
      body,
    })
    if (!response.ok) throw new Error(`the site answered ${response.status}`)
  }
  // The change itself must not wait for, or fail because of, the site being unreachable.
  notify().catch((error) => req.payload.logger.warn(`Could not revalidate the site's pages: ${error}`))
}

/** POST /api/revalidate: the signed request above, from a process outside the Next server. */
export const revalidateEndpoint: Endpoint = {
  path: '/revalidate',
  method: 'post',
  handler: async (req) => {
    const bytes = await readBody(req as Request, MAX_BODY_BYTES)
    if (!bytes) return Response.json({ error: 'Too large' }, { status: 413 })
    const body = new TextDecoder().decode(bytes)
    const expected = Buffer.from(sign(req.payload.secret, body))
    const given = Buffer.from(req.headers.get(SIGNATURE_HEADER) ?? '')
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return Response.json({ error: 'Invalid signature' }, { status: 401 })
    }
    const { paths } = (parseJson(body)?.value ?? {}) as { paths?: unknown }
    if (
      !Array.isArray(paths) ||
      paths.length > MAX_PATHS ||
      !paths.every((path) => typeof path === 'string' && path.startsWith('/'))
    ) {
      return Response.json({ error: 'Expected { paths: string[] }' }, { status: 400 })
    }
    revalidateHere(paths)
    return Response.json({ revalidated: paths.length })
  },
}

type Change<T> = { doc: T; previousDoc?: T; req: PayloadRequest }

/** Pages of the documents this request deletes, found while they still existed; by collection and id. */
const pagesOfDeleted = (req: PayloadRequest): Map<string, AffectedPage[]> =>
  ((req.context.pagesOfDeleted as Map<string, AffectedPage[]> | undefined) ??= new Map())

/**
 * The afterChange, beforeDelete and afterDelete hooks of a collection whose documents appear on public pages:
 * `affected` lists the pages that show the document before or after the change.
 */
export function revalidateOnChange<T>(affected: (change: Change<T>) => Promise<AffectedPage[]>) {
  const afterChange: CollectionAfterChangeHook<T & TypeWithID> = async ({
    collection,
    data,
    doc,
    previousDoc,
    req,
  }) => {
    const change = localeOfChange(req, collection.flattenedFields, { previousDoc, data })
    await revalidatePages(req, await affected({ doc, previousDoc, req }), change)
    return doc
  }
  // Once deleted, a document's slugs in the other locales are gone, and so are the references to it (the
  // database clears them): the pages that showed it are found before, while it is still there.
  const beforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
    if (req.context.disableRevalidate) return
    const doc = await req.payload.findByID({ collection: collection.slug, id, req, depth: 0, disableErrors: true })
    if (doc) pagesOfDeleted(req).set(`${collection.slug}:${id}`, await affected({ doc: doc as T, req }))
  }
  // Without beforeDelete attached, what the deleted document itself names: its slug in this locale, its relations.
  const afterDelete: CollectionAfterDeleteHook<T & TypeWithID> = async ({ collection, doc, id, req }) => {
    const key = `${collection.slug}:${id}`
    const pages = pagesOfDeleted(req).get(key) ?? (await affected({ doc, previousDoc: doc, req }))
    pagesOfDeleted(req).delete(key)
    await revalidatePages(req, pages)
    return doc
  }
  return { afterChange: [afterChange], beforeDelete: [beforeDelete], afterDelete: [afterDelete] }
}
