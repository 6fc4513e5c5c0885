import type { Metadata } from 'next'

import { clinicSiteOf } from '@/components/pages/clinicDomain'
import { TreatmentPage, treatmentPageMetadata } from '@/components/pages/TreatmentPage'
import type { Locale } from '@/i18n/locales'
import { sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale; treatment: string }> }

// Rendered on the first visit, then cached like the platform's pages.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale, treatment: slug } = await params
  const site = await clinicSiteOf(domain, locale, () => sitePages.treatment(slug))
  return treatmentPageMetadata({ locale, slug, domain: site })
}

export default async function Page({ params }: Props) {
  const { domain, locale, treatment: slug } = await params
  const site = await clinicSiteOf(domain, locale, () => sitePages.treatment(slug))
  return <TreatmentPage locale={locale} slug={slug} domain={site} />
}
