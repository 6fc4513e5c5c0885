import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { cache } from 'react'

import { Fact } from '../Fact'
import { FaqEntries } from '../FaqEntries'
import { JsonLd } from '../JsonLd'
import { PageFrame, standalone } from '../PageFrame'
import { RichText } from '../RichText'
import { PriceFrom } from '../PriceFrom'
import { Section } from '../Section'
import { faceAreaList, treatmentFacts } from '../treatmentFacts'
import type { Locale } from '../../i18n/locales'
import { treatmentOfferings } from '../../queries/offerings'
import { findTreatment } from '../../queries/treatments'
import { pageMetadata } from '../../site/metadata'
import { pageHref, pageUrl, sitePages } from '../../site/pages'
import { medicalProcedure } from '../../site/structuredData'
import { contentOr404, type PageProps } from './page'

/** The treatment and where it is offered: every clinic on the platform, the domain's clinic on its domain. */
const loadTreatment = cache(async (locale: Locale, slug: string, clinicId?: number) => {
  const treatment = await findTreatment(locale, slug)
  if (!treatment) return undefined
  const offerings = (await treatmentOfferings(locale, treatment.id)).filter(
    (offering) => clinicId === undefined || offering.clinic.id === clinicId,
  )
  // A clinic's domain shows the treatments that clinic offers.
  return clinicId !== undefined && offerings.length === 0 ? undefined : { treatment, offerings }
})

export async function treatmentPageMetadata({ locale, slug, domain }: PageProps): Promise<Metadata> {
  const { treatment } = (await loadTreatment(locale, slug, domain?.id)) ?? {}
  if (!treatment) return {}
  return pageMetadata({
    locale,
    page: sitePages.treatment(slug),
    domain,
    title: treatment.name,
    description: treatment.summary,
    meta: treatment.meta,
  })
}

export async function TreatmentPage({ locale, slug, domain }: PageProps) {
  const { treatment, offerings } = await contentOr404(locale, () => loadTreatment(locale, slug, domain?.id))
  const [t, facts] = await Promise.all([
    getTranslations({ locale, namespace: 'Treatment' }),
    treatmentFacts(locale, treatment),
  ])
  const clinicNotice = await getTranslations({ locale, namespace: 'Clinic' })
  return (
    <PageFrame locale={locale} domain={domain} {...standalone(sitePages.treatment(slug), treatment.name)}>
      <h1>{treatment.name}</h1>
      <p className="lead">{treatment.summary}</p>
      <h2>{t('details')}</h2>
      <dl className="facts">
        <Fact term={t('substance')}>{treatment.substance}</Fact>
        {facts.map((fact) => (
          <div key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {treatment.prescriptionOnly && <p className="notice">{clinicNotice('prescriptionNotice')}</p>}

      {offerings.length > 0 && (
        <Section id="offered-at" heading={t('offeredAt')}>
          <ul className="price-list">
            {offerings.map((offering) => (
              <li key={offering.id}>
                <a href={pageHref(locale, sitePages.clinic(offering.clinic.slug), domain)}>
                  {t('atClinic', { clinic: offering.clinic.name, city: offering.clinic.address.city })}
                </a>
                <PriceFrom locale={locale} offering={offering} />
              </li>
            ))}
          </ul>
        </Section>
      )}

      {treatment.body && <RichText data={treatment.body} className="prose" />}

      {(treatment.faq ?? []).length > 0 && (
        <Section id="faq" heading={t('faq')}>
          <dl className="faq">
            <FaqEntries entries={treatment.faq ?? []} />
          </dl>
        </Section>
      )}

      <JsonLd
        data={medicalProcedure({
          treatment,
          url: pageUrl(locale, sitePages.treatment(slug), domain),
          bodyLocation: await faceAreaList(locale, treatment.faceAreas),
        })}
      />
    </PageFrame>
  )
}
