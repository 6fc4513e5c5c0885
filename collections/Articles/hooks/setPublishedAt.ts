import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '../../../payload-types'

/**
 * A published article always has its publication date: the date it was first published, kept through later
 * edits (and put back if an edit clears it); a draft keeps whatever it had.
 */
export const setPublishedAt: CollectionBeforeChangeHook<Article> = ({ data, originalDoc }) => {
  if (data._status !== 'published' || data.publishedAt) return data
  return { ...data, publishedAt: originalDoc?.publishedAt ?? new Date().toISOString() }
}
