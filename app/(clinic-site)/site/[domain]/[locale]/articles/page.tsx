import type { Metadata } from 'next'

import { ArticleIndex, articleIndexMetadata } from '@/components/ArticleIndex'
import { clinicSiteOf } from '@/components/pages/clinicDomain'
import type { Locale } from '@/i18n/locales'
import { ALL, sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale }> }

/** On a clinic's own domain, /articles lists that clinic's articles. */
const clinicArticles = async (domain: string, locale: Locale) => {
  const site = await clinicSiteOf(domain, locale, () => sitePages.articles)
  return { site, selection: { clinic: site.clinic, tag: ALL, page: 1 } }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale } = await params
  const { site, selection } = await clinicArticles(domain, locale)
  return articleIndexMetadata({ locale, selection, domain: site })
}

export default async function ArticlesPage({ params }: Props) {
  const { domain, locale } = await params
  const { site, selection } = await clinicArticles(domain, locale)
  return <ArticleIndex locale={locale} selection={selection} domain={site} />
}
