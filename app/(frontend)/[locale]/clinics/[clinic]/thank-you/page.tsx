import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import type { Locale } from '@/i18n/locales'
import { findClinic } from '@/queries/clinics'
import { prerenderedClinicSlugs } from '@/queries/slugs'
import { pagePath, type SitePage, sitePages } from '@/site/pages'

type Props = { params: Promise<{ locale: Locale; clinic: string }> }

// Only the first clinics are prerendered at build; the others render on their first visit (queries/slugs.ts).
export const generateStaticParams = async () => (await prerenderedClinicSlugs()).map((clinic) => ({ clinic }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'LeadForm' })
  return { title: t('thankYouTitle'), robots: { index: false } }
}

/** Where a sent consultation request lands, with or without JavaScript. */
export default async function ThankYouPage({ params }: Props) {
  const { locale, clinic: slug } = await params
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
    >
      <h1>{t('thankYouTitle')}</h1>
      <p className="lead">{t('thankYouText', { clinic: clinic.name })}</p>
      <p>
        <a href={pagePath(locale, clinicPage)}>{t('backToClinic', { clinic: clinic.name })}</a>
      </p>
    </PageFrame>
  )
}
