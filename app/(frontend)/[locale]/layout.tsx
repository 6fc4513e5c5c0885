import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteDocument, siteMetadata } from '@/components/SiteDocument'
import { routing } from '@/i18n/routing'
import { siteUrl } from '@/site/pages'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// No `dynamicParams = false` here: Next would apply it to every page below, and documents published after the
// build must render on their first visit (then stay cached). An unknown locale is a 404 below.
export const generateStaticParams = () => routing.locales.map((locale) => ({ locale }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return {}
  return siteMetadata(locale, { url: siteUrl() })
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return <SiteDocument locale={locale}>{children}</SiteDocument>
}
