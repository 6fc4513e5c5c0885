import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import type { Locale } from '../../../i18n/locales'
import { listClinics } from '../../../queries/clinics'

type Props = { params: Promise<{ locale: Locale }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Home' })
  return { title: t('title') }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const t = await getTranslations({ locale, namespace: 'Home' })
  const clinics = await listClinics(locale)
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <h2>{t('clinicsHeading')}</h2>
      {clinics.length === 0 ? (
        <p>{t('noClinics')}</p>
      ) : (
        <ul className="clinic-list">
          {clinics.map((clinic) => (
            <li key={clinic.id}>
              <h3>{clinic.name}</h3>
              <p className="clinic-city">{clinic.address.city}</p>
              <p>{clinic.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
