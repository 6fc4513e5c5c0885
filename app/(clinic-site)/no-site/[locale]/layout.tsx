import { notFound } from 'next/navigation'
import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import type { ReactNode } from 'react'

import { SiteDocument } from '@/components/SiteDocument'
import { routing } from '@/i18n/routing'

type Props = { children: ReactNode; params: Promise<{ locale: string }> }

// The answer to a host that is no site's (proxy.ts rewrites its requests here, in the visitor's language). Rendered
// for each request and never stored: a page cached per host would let anyone fill the cache with made-up hosts,
// and its `private, no-store` keeps the caching proxy and any CDN, which key by host too, from storing it either.
export const dynamic = 'force-dynamic'

export default async function NoSiteLayout({ children, params }: Props) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return <SiteDocument locale={locale}>{children}</SiteDocument>
}
