import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ArticleIndex } from '@/components/ArticleIndex'
import { ALL } from '@/site/pages'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from '@/site/metadata'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Articles' })
  return pageMetadata({ locale, page: { pathname: '/articles' }, title: t('title'), description: t('description') })
}

export default async function ArticlesPage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  return <ArticleIndex locale={locale} selection={{ clinic: ALL, tag: ALL, page: 1 }} />
}
