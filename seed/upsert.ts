import type { CollectionSlug, File, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { inLocale, type Localized } from './localized'

// Seeding skips side effects meant for editors' changes (such as page revalidation). The demo accounts keep
// their short README password, which collections/Users/hooks/passwordPolicy.ts allows only with this flag.
export const seedContext = { disableRevalidate: true, disableNotifications: true, demoPasswords: true }

/**
 * Creates the document matched by `where`, or updates it when it exists, writing every locale's text.
 * Matching on a natural key (slug, email) keeps ids stable, so seeding twice gives the same data.
 */
export async function upsert<S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  content: object,
  options: {
    /** The upload, made only when the document has to be created (drawing images is the slow part). */
    file?: () => Promise<File>
    localized?: boolean
    keepExisting?: boolean
  } = {},
): Promise<number> {
  const existing = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    pagination: false,
    context: seedContext,
  })
  let id = existing.docs[0]?.id as number | undefined
  if (id !== undefined && options.keepExisting) return id
  const writeLocales: readonly Locale[] = options.localized === false ? [defaultLocale] : locales
  for (const locale of writeLocales) {
    const data = inLocale(content, locale) as RequiredDataFromCollectionSlug<S>
    if (id === undefined) {
      const created = await payload.create({
        collection,
        data,
        locale,
        file: await options.file?.(),
        context: seedContext,
        depth: 0,
      })
      id = created.id as number
    } else {
      const current = await payload.findByID({ collection, id, locale, depth: 0, draft: true, context: seedContext })
      // Payload's update type (a deep partial) cannot be named generically; the content is typed in seed/content.
      const update = keepRowIds(data, current) as never
      await payload.update({ collection, id, data: update, locale, context: seedContext, depth: 0 })
    }
  }
  return id as number
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Gives array rows the ids they already have. Without them Payload replaces the rows, and the text written
 * for the other locales into those rows is lost.
 */
function keepRowIds(data: unknown, current: unknown): unknown {
  if (Array.isArray(data) && Array.isArray(current)) {
    return data.map((row, index) => {
      const existing = current[index]
      if (!isRecord(row) || !isRecord(existing)) return row
      const merged = keepRowIds(row, existing) as Record<string, unknown>
      return typeof existing.id === 'string' ? { ...merged, id: existing.id } : merged
    })
  }
  if (isRecord(data) && isRecord(current)) {
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, keepRowIds(value, current[key])]))
  }
  return data
}

/** Demo images are matched by their file name; the drawing is only made when the image is missing. */
export const upsertImage = (
  payload: Payload,
  name: string,
  content: { alt: Localized; clinic?: number },
  draw: () => Promise<File>,
) => upsert(payload, 'media', { filename: { equals: `${name}.webp` } }, content, { file: draw })

/** The id seeded under `key` (a slug, an image name); content naming one not seeded yet is a mistake in the seed. */
export const idFrom = (ids: Map<string, number>, key: string): number => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Seed content refers to unknown "${key}" (the demo content is seeded first)`)
  return id
}
