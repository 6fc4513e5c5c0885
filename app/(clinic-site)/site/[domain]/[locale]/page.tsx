import type { Metadata } from 'next'

import { clinicSiteOf } from '@/components/pages/clinicDomain'
import { ClinicPage, clinicPageMetadata } from '@/components/pages/ClinicPage'
import type { Locale } from '@/i18n/locales'
import { sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale } = await params
  const site = await clinicSiteOf(domain, locale, sitePages.clinic)
  return clinicPageMetadata({ locale, slug: site.clinic, domain: site })
}

/** The home page of a clinic's own domain: its clinic page. */
export default async function Page({ params }: Props) {
  const { domain, locale } = await params
  const site = await clinicSiteOf(domain, locale, sitePages.clinic)
  return <ClinicPage locale={locale} slug={site.clinic} domain={site} />
}
