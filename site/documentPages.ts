import type { CollectionSlug, PayloadRequest } from 'payload'

import { relationId } from '../access/roles'
import type { AffectedPage } from './revalidate'
import { CLINIC_DOMAIN_ROUTES } from './clinicDomainRoutes.mjs'
import { type PagedCollection, type SitePage, sitePages } from './pages'

// The public pages that show given documents, for revalidation hooks. They read inside the change's
// transaction (req) and see drafts too: a page must also be refreshed when its document is unpublished.

type Relation = number | { id: number } | null | undefined

/** Distinct ids from single or hasMany relationship values, before and after a change. */
export const idsOf = (...values: (Relation | Relation[])[]): number[] => [
  ...new Set(
    values.flat().flatMap((value) => {
      const id = relationId(value ?? undefined)
      return typeof id === 'number' ? [id] : []
    }),
  ),
]

/** A slug before the change: its old pages must be refreshed too (they now answer 404). */
type OldSlug = string | null | undefined

async function slugsOf(
  req: PayloadRequest,
  collection: PagedCollection,
  ids: number[],
  oldSlugs: OldSlug[],
): Promise<string[]> {
  const old = oldSlugs.filter((slug): slug is string => Boolean(slug))
  if (ids.length === 0) return old
  const { docs } = await req.payload.find({
    collection,
    req,
    locale: 'all',
    depth: 0,
    pagination: false,
    draft: true,
    where: { id: { in: ids } },
    select: { slug: true },
  })
  // Localized slugs come back per locale: every locale's slug is a page to refresh.
  return [
    ...new Set([
      ...old,
      ...docs.flatMap(({ slug }) =>
        typeof slug === 'string' ? [slug] : Object.values((slug ?? {}) as Record<string, string>),
      ),
    ]),
  ]
}

const ownPages = (clinic: string): SitePage[] => [
  sitePages.clinic(clinic),
  sitePages.comparison(clinic),
  sitePages.thankYou(clinic),
]

/**
 * The clinics' pages on their own domains, and on the domains they had before: those hosts' cached copies must now
 * redirect to the clinic's new address. Read as the clinics are live (published), as their domains are served.
 */
async function clinicDomainPages(req: PayloadRequest, ids: number[]): Promise<AffectedPage[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'clinics',
    req,
    depth: 0,
    pagination: false,
    where: { id: { in: ids } },
    select: { slug: true, customDomain: true, formerDomains: true },
  })
  return docs.flatMap(({ slug, customDomain, formerDomains }) =>
    [customDomain, ...(formerDomains ?? []).map((former) => former.domain)].flatMap((domain) =>
      domain ? ownPages(slug).map((page) => ({ page, onDomain: { domain, clinic: slug } })) : [],
    ),
  )
}

/** The pages one document's slug names, by its collection: a clinic has three, the others one. */
const pagesOfSlug: Record<PagedCollection, (slug: string) => SitePage[]> = {
  clinics: ownPages,
  treatments: (treatment) => [sitePages.treatment(treatment)],
  practitioners: (practitioner) => [sitePages.practitioner(practitioner)],
  articles: (article) => [sitePages.article(article)],
}

/** The pages of documents of `collection` (and of their slugs before the change); a clinic's on its domains too. */
export async function pagesOf(
  req: PayloadRequest,
  collection: PagedCollection,
  ids: number[],
  oldSlugs: OldSlug[] = [],
): Promise<AffectedPage[]> {
  const [slugs, onDomains] = await Promise.all([
    slugsOf(req, collection, ids, oldSlugs),
    collection === 'clinics' ? clinicDomainPages(req, ids) : [],
  ])
  return [...slugs.flatMap(pagesOfSlug[collection]), ...onDomains]
}

/** Ids of the documents in `collection` whose `field` points at one of `ids`. */
export async function idsReferencing(
  req: PayloadRequest,
  collection: CollectionSlug,
  field: string,
  ids: number[],
  pick: (doc: Record<string, unknown>) => Relation | Relation[] = (doc) => doc.id as number,
): Promise<number[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    req,
    depth: 0,
    pagination: false,
    draft: true,
    where: { [field]: { in: ids } },
  })
  return idsOf(...docs.map((doc) => pick(doc as unknown as Record<string, unknown>)))
}

/** The article index and all its clinic/topic selections. */
export const articleIndexPages: AffectedPage[] = [
  sitePages.articles,
  { everyPageOf: '/articles/browse/[clinic]/[tag]/[page]' },
]

/** The home page and every page of the clinic directory: each shows clinics with their treatments and prices. */
export const directoryPages: AffectedPage[] = [sitePages.home, { everyPageOf: '/directory/[country]/[city]/[page]' }]

/**
 * Every page any clinic's domain shows, for a domain given, moved or removed: the host's cached pages of the clinic
 * before (its practitioners, articles, treatments) turn into redirects or 404s, also where the clinic after has no
 * page of that kind whose own change would refresh them. Rare (an admin's contract change), so every domain's pages.
 */
export const everyDomainPage: AffectedPage[] = CLINIC_DOMAIN_ROUTES.map((pathname) => ({
  everyPageOf: pathname as SitePage['pathname'],
}))
