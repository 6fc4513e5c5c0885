import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PageFrame } from '../PageFrame'
import type { Locale } from '../../i18n/locales'
import { findClinic } from '../../queries/clinics'
import { pageHref, type SitePage, sitePages } from '../../site/pages'
import type { ClinicSite } from './clinicDomain'

type Props = {
  locale: Locale
  slug: string
  /** The clinic's own domain, when the page is shown there rather than on the platform. */
  domain?: ClinicSite
}

export async function thankYouPageMetadata({ locale }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'LeadForm' })
  return { title: t('thankYouTitle'), robots: { index: false } }
}

/** Where a sent consultation request lands, with or without JavaScript. */
export async function ThankYouPage({ locale, slug, domain }: Props) {
  setRequestLocale(locale)
  const clinic = await findClinic(locale, slug)
  if (!clinic) notFound()
  const t = await getTranslations({ locale, namespace: 'LeadForm' })
  const clinicPage: SitePage = sitePages.clinic(slug)
  return (
    <PageFrame
      locale={locale}
      page={clinic.pageIn(sitePages.thankYou)}
      breadcrumbs={[
        { name: clinic.name, page: clinicPage },
        { name: t('thankYouTitle'), page: sitePages.thankYou(slug) },
      ]}
      domain={domain}
    >
      <h1>{t('thankYouTitle')}</h1>
      <p className="lead">{t('thankYouText', { clinic: clinic.name })}</p>
      <p>
        <a href={pageHref(locale, clinicPage, domain)}>{t('backToClinic', { clinic: clinic.name })}</a>
      </p>
    </PageFrame>
  )
}
