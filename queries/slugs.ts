import { asVisitor, payloadClient } from './payload'

/** Slugs of every published document of a collection, for static generation and the sitemap. */
export async function publishedSlugs(collection: 'clinics' | 'treatments' | 'practitioners'): Promise<string[]> {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection,
    ...asVisitor,
    depth: 0,
    pagination: false,
    select: { slug: true },
  })
  return docs.map((doc) => doc.slug)
}
