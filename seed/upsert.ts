import type { CollectionSlug, File, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'

import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { inLocale } from './localized'

// Seeding skips side effects meant for editors' changes (such as page revalidation).
export const seedContext = { disableRevalidate: true }

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
      // Payload's update type (a deep partial) cannot be named generically; the content is typed in seed/content.
      await payload.update({ collection, id, data: data as never, locale, context: seedContext, depth: 0 })
    }
  }
  return id as number
}
