import type { Metadata } from 'next'

import { clinicSiteOf } from '@/components/pages/clinicDomain'
import { ThankYouPage, thankYouPageMetadata } from '@/components/pages/ThankYouPage'
import type { Locale } from '@/i18n/locales'
import { sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale } = await params
  const site = await clinicSiteOf(domain, locale, sitePages.thankYou)
  return thankYouPageMetadata({ locale, slug: site.clinic, domain: site })
}

/** Where a consultation request sent on a clinic's own domain lands. */
export default async function Page({ params }: Props) {
  const { domain, locale } = await params
  const site = await clinicSiteOf(domain, locale, sitePages.thankYou)
  return <ThankYouPage locale={locale} slug={site.clinic} domain={site} />
}
