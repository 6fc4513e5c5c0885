import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleIndex, type ArticleSelection, selectionPage } from '@/components/ArticleIndex'
import { ALL, pageNumberOf } from '@/site/pages'
import { articleTags } from '@/domain/options'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/site/metadata'
import { publishedSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; clinic: string; tag: string; page: string }> }

/**
 * Each topic's first page over all clinics is prerendered; a clinic's selections render on their first visit and stay
 * cached. Prerendering them too made eight pages per clinic and locale, each listing every clinic (README, "Scale of
 * content").
 */
export const generateStaticParams = () => [ALL, ...articleTags].map((tag) => ({ clinic: ALL, tag, page: '1' }))

async function selectionOf(params: Props['params']): Promise<ArticleSelection | undefined> {
  const { clinic, tag, page } = await params
  const pageNumber = pageNumberOf(page)
  const known =
    pageNumber !== undefined &&
    (clinic === ALL || (await publishedSlugs('clinics')).includes(clinic)) &&
    (tag === ALL || (articleTags as readonly string[]).includes(tag))
  return known ? { clinic, tag, page: pageNumber } : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const selection = await selectionOf(params)
  if (!selection) return {}
  const t = await getTranslations({ locale, namespace: 'Articles' })
  return pageMetadata({ locale, page: selectionPage(selection), title: t('title'), description: t('description') })
}

export default async function ArticleSelectionPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const selection = await selectionOf(params)
  if (!selection) notFound()
  return <ArticleIndex locale={locale} selection={selection} />
}
