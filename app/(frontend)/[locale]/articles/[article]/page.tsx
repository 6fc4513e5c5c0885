import type { Metadata } from 'next'

import { ArticlePage, articlePageMetadata } from '@/components/pages/ArticlePage'
import type { Locale } from '@/i18n/locales'
import { articleSlugs } from '@/queries/articles'

type Props = { params: Promise<{ locale: Locale; article: string }> }

export const generateStaticParams = async ({ params }: { params: { locale: Locale } }) =>
  (await articleSlugs()).flatMap(({ slug }) => (slug[params.locale] ? [{ article: slug[params.locale]! }] : []))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article } = await params
  return articlePageMetadata({ locale, slug: article })
}

export default async function Page({ params }: Props) {
  const { locale, article } = await params
  return <ArticlePage locale={locale} slug={article} />
}
