import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { JsonLd } from '@/components/JsonLd'
import { PageFrame } from '@/components/PageFrame'
import { RichText } from '@/components/RichText'
import { PriceFrom } from '@/components/PriceFrom'
import { faceAreaList, treatmentFacts } from '@/components/treatmentFacts'
import type { Locale } from '@/i18n/locales'
import { treatmentOfferings } from '@/queries/offerings'
import { findTreatment } from '@/queries/treatments'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, pagePath, sitePages } from '@/site/pages'
import { medicalProcedure } from '@/site/structuredData'
import { publishedSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; treatment: string }> }

export const generateStaticParams = async () => (await publishedSlugs('treatments')).map((treatment) => ({ treatment }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, treatment: slug } = await params
  const treatment = await findTreatment(locale, slug)
  if (!treatment) return {}
  return pageMetadata({
    locale,
    page: sitePages.treatment(slug),
    title: treatment.name,
    description: treatment.summary,
    meta: treatment.meta,
  })
}

export default async function TreatmentPage({ params }: Props) {
  const { locale, treatment: slug } = await params
  setRequestLocale(locale)
  const treatment = await findTreatment(locale, slug)
  if (!treatment) notFound()
  const [t, facts, offerings] = await Promise.all([
    getTranslations({ locale, namespace: 'Treatment' }),
    treatmentFacts(locale, treatment),
    treatmentOfferings(locale, treatment.id),
  ])
  const clinicNotice = await getTranslations({ locale, namespace: 'Clinic' })
  return (
    <PageFrame
      locale={locale}
      page={sitePages.treatment(slug)}
      breadcrumbs={[{ name: treatment.name, page: sitePages.treatment(slug) }]}
    >
      <h1>{treatment.name}</h1>
      <p className="lead">{treatment.summary}</p>
      <h2>{t('details')}</h2>
      <dl className="facts">
        <dt>{t('substance')}</dt>
        <dd>{treatment.substance}</dd>
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {treatment.prescriptionOnly && <p className="notice">{clinicNotice('prescriptionNotice')}</p>}

      {offerings.length > 0 && (
        <section aria-labelledby="offered-at">
          <h2 id="offered-at">{t('offeredAt')}</h2>
          <ul className="price-list">
            {offerings.map((offering) => (
              <li key={offering.id}>
                <a href={pagePath(locale, sitePages.clinic(offering.clinic.slug))}>
                  {t('atClinic', { clinic: offering.clinic.name, city: offering.clinic.address.city })}
                </a>
                <PriceFrom locale={locale} offering={offering} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {treatment.body && <RichText data={treatment.body} className="prose" />}

      {(treatment.faq ?? []).length > 0 && (
        <section aria-labelledby="faq">
          <h2 id="faq">{t('faq')}</h2>
          <dl className="faq">
            {(treatment.faq ?? []).map((entry) => (
              <div key={entry.id ?? entry.question}>
                <dt>{entry.question}</dt>
                <dd>{entry.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <JsonLd
        data={medicalProcedure({
          treatment,
          url: absoluteUrl(pagePath(locale, sitePages.treatment(slug))),
          bodyLocation: await faceAreaList(locale, treatment.faceAreas),
        })}
      />
    </PageFrame>
  )
}
