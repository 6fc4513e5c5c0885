import type { Metadata } from 'next'

import { clinicSiteOf } from '@/components/pages/clinicDomain'
import { ComparisonPage, comparisonPageMetadata } from '@/components/pages/ComparisonPage'
import type { Locale } from '@/i18n/locales'
import { sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale } = await params
  const site = await clinicSiteOf(domain, locale, sitePages.comparison)
  return comparisonPageMetadata({ locale, slug: site.clinic, domain: site })
}

/** The Botox and fillers comparison on a clinic's own domain. */
export default async function Page({ params }: Props) {
  const { domain, locale } = await params
  const site = await clinicSiteOf(domain, locale, sitePages.comparison)
  return <ComparisonPage locale={locale} slug={site.clinic} domain={site} />
}
