import type { Metadata } from 'next'

import { clinicSiteOf } from '@/components/pages/clinicDomain'
import { ArticlePage, articlePageMetadata } from '@/components/pages/ArticlePage'
import type { Locale } from '@/i18n/locales'
import { sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale; article: string }> }

// Rendered on the first visit, then cached like the platform's pages.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale, article: slug } = await params
  const site = await clinicSiteOf(domain, locale, () => sitePages.article(slug))
  return articlePageMetadata({ locale, slug, domain: site })
}

export default async function Page({ params }: Props) {
  const { domain, locale, article: slug } = await params
  const site = await clinicSiteOf(domain, locale, () => sitePages.article(slug))
  return <ArticlePage locale={locale} slug={slug} domain={site} />
}
