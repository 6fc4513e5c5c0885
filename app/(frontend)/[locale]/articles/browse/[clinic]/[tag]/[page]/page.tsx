import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleIndex, articleIndexMetadata, knownSelection } from '@/components/ArticleIndex'
import { articleTags } from '@/domain/options'
import type { Locale } from '@/i18n/locales'
import { ALL } from '@/site/pages'

type Props = { params: Promise<{ locale: Locale; clinic: string; tag: string; page: string }> }

/**
 * Each topic's first page over all clinics is prerendered; a clinic's selections render on their first visit and stay
 * cached. Prerendering them too made eight pages per clinic and locale, each listing every clinic (README, "Scale of
 * content").
 */
export const generateStaticParams = () => [ALL, ...articleTags].map((tag) => ({ clinic: ALL, tag, page: '1' }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, clinic, tag, page } = await params
  const selection = await knownSelection(clinic, tag, page)
  return selection ? articleIndexMetadata({ locale, selection }) : {}
}

export default async function ArticleSelectionPage({ params }: Props) {
  const { locale, clinic, tag, page } = await params
  const selection = await knownSelection(clinic, tag, page)
  if (!selection) notFound()
  return <ArticleIndex locale={locale} selection={selection} />
}
