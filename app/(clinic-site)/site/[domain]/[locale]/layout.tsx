import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteDocument, siteMetadata } from '@/components/SiteDocument'
import { routing } from '@/i18n/routing'
import { clinicDomains, clinicOfDomain, findClinic } from '@/queries/clinics'
import { domainUrl } from '@/site/pages'

type Props = { children: ReactNode; params: Promise<{ domain: string; locale: string }> }

// The pages of a clinic's own domain (next.config.mjs rewrites its host's requests here): prerendered for the
// domains known at build, rendered on the first visit for domains added since, then cached like the platform's.
export const generateStaticParams = async () =>
  (await clinicDomains()).flatMap((domain) => routing.locales.map((locale) => ({ domain, locale })))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { domain, locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  const owner = await clinicOfDomain(domain)
  const clinic = owner?.customDomain === domain ? await findClinic(locale, owner.slug) : undefined
  return siteMetadata(locale, { name: clinic?.name, url: domainUrl(domain, '/') })
}

export default async function ClinicDomainLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return <SiteDocument locale={locale}>{children}</SiteDocument>
}
