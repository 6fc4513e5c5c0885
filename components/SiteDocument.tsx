import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import { directionOf, type Locale } from '../i18n/locales'
import './site.css'

/** The `<html>` of every public page, on the platform and on clinics' own domains: language, direction, skip link. */
export async function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Site' })
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}

/** Metadata every page of a site starts from: its name in titles and shares, and its address for relative URLs. */
export async function siteMetadata(locale: Locale, site: { name?: string; url: string }): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Site' })
  const name = site.name ?? t('name')
  return {
    metadataBase: new URL(site.url),
    title: { default: name, template: `%s · ${name}` },
    description: t('description'),
    openGraph: { siteName: name },
  }
}
