import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ArticleIndex, articleIndexMetadata, knownSelection } from '@/components/ArticleIndex'
import { clinicSiteOf } from '@/components/pages/clinicDomain'
import type { Locale } from '@/i18n/locales'
import { sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale; tag: string; page: string }> }

// Rendered on the first visit, then cached like the platform's pages.
export const generateStaticParams = () => []

/** A topic's page of a clinic's articles on its own domain. */
async function clinicSelection(params: Props['params']) {
  const { domain, locale, tag, page } = await params
  const site = await clinicSiteOf(domain, locale, (clinic) => sitePages.articleSelection(clinic, tag, Number(page)))
  return { site, selection: await knownSelection(site.clinic, tag, page) }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const { site, selection } = await clinicSelection(params)
  return selection ? articleIndexMetadata({ locale, selection, domain: site }) : {}
}

export default async function ArticleSelectionPage({ params }: Props) {
  const { locale } = await params
  const { site, selection } = await clinicSelection(params)
  if (!selection) notFound()
  return <ArticleIndex locale={locale} selection={selection} domain={site} />
}
