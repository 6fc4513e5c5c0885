import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { ClinicCards } from '@/components/ClinicCards'
import { PageFrame } from '@/components/PageFrame'
import type { Locale } from '@/i18n/locales'
import { clinicDirectory } from '@/queries/clinics'
import { pageMetadata } from '@/site/metadata'
import { ALL, pagePath, sitePages } from '@/site/pages'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale })
  return pageMetadata({ locale, page: sitePages.home, title: t('Home.title'), description: t('Site.description') })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Home' })
  // The first page of the directory; the rest is a link away.
  const directory = await clinicDirectory(locale, { country: ALL, city: ALL, page: 1 })
  const clinics = directory?.clinics ?? []
  return (
    <PageFrame locale={locale} page={sitePages.home} breadcrumbs={[]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('clinicsHeading')}</h2>
      {clinics.length === 0 ? <p>{t('noClinics')}</p> : <ClinicCards locale={locale} clinics={clinics} />}
      {directory && directory.total > clinics.length && (
        <p>
          <a href={pagePath(locale, sitePages.directory(ALL, ALL))}>{t('seeAll', { count: directory.total })}</a>
        </p>
      )}
      <section aria-labelledby="compare-heading" className="callout">
        <h2 id="compare-heading">{t('compareHeading')}</h2>
        <p>{t('compareIntro')}</p>
        <ul>
          {clinics.map((clinic) => (
            <li key={clinic.id}>
              <a href={pagePath(locale, sitePages.comparison(clinic.slug))}>
                {t('compareAt', { clinic: clinic.name })}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </PageFrame>
  )
}
