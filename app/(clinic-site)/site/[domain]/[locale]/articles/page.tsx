import type { Metadata } from 'next'

import { ArticleIndex, articleIndexMetadata, selectionPage } from '@/components/ArticleIndex'
import { clinicSiteOf } from '@/components/pages/clinicDomain'
import type { Locale } from '@/i18n/locales'
import { ALL } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale }> }

/** On a clinic's own domain, /articles lists that clinic's articles (on the platform, the clinic's selection). */
const clinicArticles = async (domain: string, locale: Locale) => {
  const allOf = (clinic: string) => ({ clinic, tag: ALL, page: 1 })
  const site = await clinicSiteOf(domain, locale, (clinic, on) => selectionPage(allOf(clinic), on))
  return { site, selection: allOf(site.clinic) }
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
