import type { Metadata } from 'next'

import { clinicSiteOf } from '@/components/pages/clinicDomain'
import { PractitionerPage, practitionerPageMetadata } from '@/components/pages/PractitionerPage'
import type { Locale } from '@/i18n/locales'
import { sitePages } from '@/site/pages'

type Props = { params: Promise<{ domain: string; locale: Locale; practitioner: string }> }

// Rendered on the first visit, then cached like the platform's pages.
export const generateStaticParams = () => []

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale, practitioner: slug } = await params
  const site = await clinicSiteOf(domain, locale, () => sitePages.practitioner(slug))
  return practitionerPageMetadata({ locale, slug, domain: site })
}

export default async function Page({ params }: Props) {
  const { domain, locale, practitioner: slug } = await params
  const site = await clinicSiteOf(domain, locale, () => sitePages.practitioner(slug))
  return <PractitionerPage locale={locale} slug={slug} domain={site} />
}
