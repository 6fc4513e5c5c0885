import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageFrame, underClinic } from '../PageFrame'
import { findClinic } from '../../queries/clinics'
import { pageHref, sitePages } from '../../site/pages'
import { contentOr404, type PageProps } from './page'

export async function thankYouPageMetadata({ locale }: PageProps): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'LeadForm' })
  return { title: t('thankYouTitle'), robots: { index: false } }
}

/** Where a sent consultation request lands, with or without JavaScript. */
export async function ThankYouPage({ locale, slug, domain }: PageProps) {
  const clinic = await contentOr404(locale, () => findClinic(locale, slug))
  const t = await getTranslations({ locale, namespace: 'LeadForm' })
  return (
    <PageFrame locale={locale} domain={domain} {...underClinic(clinic, sitePages.thankYou, t('thankYouTitle'))}>
      <h1>{t('thankYouTitle')}</h1>
      <p className="lead">{t('thankYouText', { clinic: clinic.name })}</p>
      <p>
        <a href={pageHref(locale, sitePages.clinic(slug), domain)}>{t('backToClinic', { clinic: clinic.name })}</a>
      </p>
    </PageFrame>
  )
}
