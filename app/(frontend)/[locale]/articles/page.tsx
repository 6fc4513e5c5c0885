import type { Metadata } from 'next'

import { ArticleIndex, articleIndexMetadata } from '@/components/ArticleIndex'
import type { Locale } from '@/i18n/locales'
import { ALL } from '@/site/pages'

type Props = { params: Promise<{ locale: Locale }> }

const everyArticle = { clinic: ALL, tag: ALL, page: 1 }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return articleIndexMetadata({ locale, selection: everyArticle })
}

export default async function ArticlesPage({ params }: Props) {
  const { locale } = await params
  return <ArticleIndex locale={locale} selection={everyArticle} />
}
