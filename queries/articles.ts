import { cache } from 'react'

import type { Where } from 'payload'

import type { Locale } from '../i18n/locales'
import type { Article, Clinic, Practitioner } from '../payload-types'
import { asVisitor, currentReader, findAll, findBySlug, inEveryLocale, payloadClient } from './payload'
import { heldBackIn } from './clinics'
import { populated } from './populated'

export const ARTICLES_PER_PAGE = 4

const listFields = { title: true, slug: true, excerpt: true, publishedAt: true, tags: true, clinic: true } as const

export type ArticleFilter = { clinicId?: number; tag?: string; authorId?: number }

const whereOf = ({ clinicId, tag, authorId }: ArticleFilter): Where => ({
  and: [
    // Written in the list's language (an article may exist in some languages only: it has a slug in those).
    { slug: { exists: true } },
    ...(clinicId ? [{ clinic: { equals: clinicId } }] : []),
    ...(tag ? [{ tags: { contains: tag } }] : []),
    ...(authorId
      ? [{ or: [{ author: { equals: authorId } }, { 'medicalReview.reviewer': { equals: authorId } }] }]
      : []),
  ],
})

/** One page of published articles, newest first. */
export async function listArticles(locale: Locale, filter: ArticleFilter, page = 1, limit = ARTICLES_PER_PAGE) {
  const payload = await payloadClient()
  return payload.find({
    collection: 'articles',
    ...(await currentReader()),
    locale,
    depth: 0,
    page,
    limit,
    sort: '-publishedAt',
    where: whereOf(filter),
    select: listFields,
  })
}

export type ArticlePageData = Omit<Article, 'author' | 'clinic' | 'medicalReview'> & {
  author?: Practitioner
  clinic?: Clinic
  /** Whether the clinic's page is shown in this locale (it may hold back untranslated languages). */
  clinicShown: boolean
  medicalReview: { reviewer?: Practitioner; lastReviewed?: string | null }
}

export const findArticle = cache(async (locale: Locale, slug: string): Promise<ArticlePageData | undefined> => {
  const article = await findBySlug('articles', locale, slug, {
    depth: 1,
    populate: {
      practitioners: { name: true, slug: true, jobTitle: true, credentials: true },
      clinics: { name: true, slug: true, customDomain: true },
    },
  })
  if (!article) return undefined
  const clinic = populated(article.clinic)
  return {
    ...article,
    author: populated(article.author),
    clinic,
    clinicShown: clinic !== undefined && !(await heldBackIn(locale)).has(clinic.id),
    medicalReview: {
      reviewer: populated(article.medicalReview?.reviewer),
      lastReviewed: article.medicalReview?.lastReviewed,
    },
  }
})

type LocalizedSlugs = Partial<Record<Locale, string>>

/** Each published article's slug in every locale, for static generation, the switcher and the sitemap. */
export async function articleSlugs(): Promise<{ id: number; slug: LocalizedSlugs; clinic?: number | null }[]> {
  const docs = await findAll('articles', { locale: 'all', depth: 0, select: { slug: true, clinic: true } }, asVisitor)
  return docs.map((article) => ({
    id: article.id,
    slug: article.slug as unknown as LocalizedSlugs,
    clinic: article.clinic as number | null | undefined,
  }))
}

/**
 * The article's own slug in each locale it is written in; locales without one are missing. Once per request: the
 * page and its metadata both ask.
 */
export const slugsOfArticle = cache(async (id: number): Promise<LocalizedSlugs> => {
  const article = await inEveryLocale('articles', id, { slug: true })
  return article.slug as unknown as LocalizedSlugs
})
