import type { Where } from 'payload'

import { asVisitor, findAll, payloadClient } from './payload'

/** Slugs of every published document of a collection (or those `where` picks), for static generation and the sitemap. */
export async function publishedSlugs(
  collection: 'clinics' | 'treatments' | 'practitioners',
  where?: Where,
): Promise<string[]> {
  const docs = await findAll(collection, { where, depth: 0, select: { slug: true } }, asVisitor)
  return docs.map((doc) => doc.slug)
}

/**
 * How many clinics have their pages prerendered at build (PRERENDERED_CLINICS, default 20): each adds 15 pages (its
 * three in five locales), and with 1 000 clinics all of them would add some 15 000 pages to every build (README,
 * "Scale of content"). The others render on their first visit and then stay cached like the prerendered ones
 * (dynamicParams stays on).
 */
export const PRERENDERED_CLINICS = Number(process.env.PRERENDERED_CLINICS ?? 20)

/** The clinics prerendered at build: the earliest published, so the established clinics never wait for a render. */
export async function prerenderedClinicSlugs(): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'clinics',
    ...asVisitor,
    depth: 0,
    limit: PRERENDERED_CLINICS,
    sort: 'createdAt',
    select: { slug: true },
  })
  return docs.map((clinic) => clinic.slug)
}
