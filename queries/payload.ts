import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import {
  type CollectionSlug,
  type DataFromCollectionSlug,
  type FindOptions,
  getPayload,
  type Payload,
  type SelectType,
  type TypedCollectionSelect,
} from 'payload'
import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import type { PagedCollection } from '../site/pages'

/** The Payload instance the site reads through (Local API, no HTTP round trip). */
export const payloadClient = () => getPayload({ config })

/** How long a visitor's request waits for Payload to finish starting. */
const PAYLOAD_START_WAIT_MS = 2_000

/**
 * The Payload instance, or undefined when it is not ready within PAYLOAD_START_WAIT_MS (it goes on starting in
 * the background) or cannot start (the database is away). Right after a (re)start Payload takes seconds to
 * connect and load, and longer under a flood of retries: a lead that needs it is asked to come back in a moment
 * (503) instead of waiting that out.
 */
export async function payloadIfReady(): Promise<Payload | undefined> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), PAYLOAD_START_WAIT_MS)
  })
  try {
    return await Promise.race([payloadClient().catch(() => undefined), late])
  } finally {
    clearTimeout(timer)
  }
}

/** Every site query reads as an anonymous visitor: published documents only, access rules applied. */
export const asVisitor = { overrideAccess: false, draft: false } as const

/**
 * Who reads the page being rendered. Normally a visitor (the static, cached page). In draft mode, which only
 * signed-in staff can switch on (/api/preview), the page renders per request with the drafts they may read.
 */
export const currentReader = cache(async () => {
  if (!(await draftMode()).isEnabled) return asVisitor
  const { user } = await (await payloadClient()).auth({ headers: await headers() })
  return user ? { overrideAccess: false, draft: true, user } : asVisitor
})

type Reader = Awaited<ReturnType<typeof currentReader>>
/** The options that say who reads and what they see: only a reader sets them. */
type ReaderOption = 'overrideAccess' | 'draft' | 'user' | 'req' | 'showHiddenFields'

/**
 * Every document of `collection` that `options` pick (unpaginated), as `reader` may see it: the page's reader, or a
 * visitor (`asVisitor`) where there is no request, such as static generation and the sitemap.
 */
export async function findAll<TSlug extends CollectionSlug, TSelect extends SelectType & TypedCollectionSelect[TSlug]>(
  collection: TSlug,
  options: Omit<FindOptions<TSlug, TSelect>, 'collection' | 'pagination' | ReaderOption>,
  reader: Reader | Promise<Reader> = currentReader(),
) {
  const payload = await payloadClient()
  // The reader goes last: nothing in `options` can widen who reads.
  const { docs } = await payload.find({ ...options, collection, pagination: false, ...(await reader) })
  return docs
}

/**
 * One document's `select`ed fields in every locale (a localized field as { [locale]: value }), as the page's reader
 * may see it.
 */
export async function inEveryLocale<TSlug extends CollectionSlug, TSelect extends TypedCollectionSelect[TSlug]>(
  collection: TSlug,
  id: number,
  select: TSelect,
) {
  const payload = await payloadClient()
  return payload.findByID({ collection, ...(await currentReader()), id, locale: 'all', depth: 0, select })
}

/**
 * The document of `collection` whose slug in `locale` is `slug`, as the page's reader may see it (published, or
 * their draft in preview); undefined when there is none. `options` add what the page needs: depth, populate, joins.
 */
export async function findBySlug<TSlug extends PagedCollection>(
  collection: TSlug,
  locale: Locale,
  slug: string,
  options: Pick<FindOptions<TSlug, SelectType>, 'depth' | 'populate' | 'joins'> = {},
): Promise<DataFromCollectionSlug<TSlug> | undefined> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    ...(await currentReader()),
    locale,
    limit: 1,
    where: { slug: { equals: slug } },
    ...options,
  })
  return docs[0] as DataFromCollectionSlug<TSlug> | undefined
}
