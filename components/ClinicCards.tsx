import { getTranslations } from 'next-intl/server'

import { mayPromotePrice } from '../domain/advertising'
import type { Locale } from '../i18n/locales'
import type { listClinics } from '../queries/clinics'
import { offeringsOfClinics } from '../queries/offerings'
import { relationId } from '../queries/populated'
import { countryName } from '../site/format'
import { pagePath, sitePages } from '../site/pages'
import { PriceFrom } from './PriceFrom'

type ClinicCard = Awaited<ReturnType<typeof listClinics>>[number]

/** Clinics as cards (the home page and the directory): name, place, summary, treatments with "from" prices. */
export async function ClinicCards({ locale, clinics }: { locale: Locale; clinics: ClinicCard[] }) {
  const [t, offerings] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    offeringsOfClinics(
      locale,
      clinics.map((clinic) => clinic.id),
    ),
  ])
  return (
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
  )
}
