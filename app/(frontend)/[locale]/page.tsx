import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PageFrame } from '@/components/PageFrame'
import { PriceFrom } from '@/components/PriceFrom'
import { mayPromotePrice } from '@/domain/advertising'
import type { Locale } from '@/i18n/locales'
import { listClinics } from '@/queries/clinics'
import { allOfferings } from '@/queries/offerings'
import { relationId } from '@/queries/populated'
import { countryName } from '@/site/format'
import { pageMetadata } from '@/site/metadata'
import { pagePath, sitePages } from '@/site/pages'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale })
  return pageMetadata({ locale, page: { pathname: '/' }, title: t('Home.title'), description: t('Site.description') })
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Home' })
  const [clinics, offerings] = await Promise.all([listClinics(locale), allOfferings(locale)])
  return (
    <PageFrame locale={locale} page={{ pathname: '/' }} breadcrumbs={[]}>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('clinicsHeading')}</h2>
      {clinics.length === 0 ? (
        <p>{t('noClinics')}</p>
      ) : (
        <ul className="card-grid">
          {clinics.map((clinic) => (
            <li key={clinic.id} className="card">
              <h3>
                <a href={pagePath(locale, sitePages.clinic(clinic.slug))}>{clinic.name}</a>
              </h3>
              <p className="muted">
                {clinic.address.city}, {countryName(locale, clinic.address.countryCode)}
              </p>
              <p>{clinic.summary}</p>
              <h4>{t('treatmentsOffered', { clinic: clinic.name })}</h4>
              <ul className="price-list">
                {offerings
                  .filter((offering) => relationId(offering.clinic) === clinic.id)
                  .map((offering) => (
                    <li key={offering.id}>
                      <span>{offering.treatment.name}</span>
                      <PriceFrom
                        locale={locale}
                        offering={offering}
                        promote={mayPromotePrice(offering.treatment, clinic)}
                      />
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
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
