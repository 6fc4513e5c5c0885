import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { cache } from 'react'

import { ComparisonTable } from '../ComparisonTable'
import { FaqEntries } from '../FaqEntries'
import { JsonLd } from '../JsonLd'
import { ConsultationSection } from '../LeadForm/ConsultationSection'
import { PageFrame, underClinic } from '../PageFrame'
import { Section } from '../Section'
import { faceAreaList } from '../treatmentFacts'
import type { Locale } from '../../i18n/locales'
import { findClinic } from '../../queries/clinics'
import { clinicOfferings } from '../../queries/offerings'
import { pageMetadata } from '../../site/metadata'
import { clinicDomainOf, pageHref, pageUrl, sitePages } from '../../site/pages'
import { medicalWebPage } from '../../site/structuredData'
import { contentOr404, type PageProps } from './page'

const loadComparison = cache(async (locale: Locale, slug: string) => {
  const clinic = await findClinic(locale, slug)
  if (!clinic) return undefined
  const offerings = await clinicOfferings(locale, clinic.id)
  return {
    clinic,
    neuromodulators: offerings.filter((offering) => offering.treatment.kind === 'neuromodulator'),
    fillers: offerings.filter((offering) => offering.treatment.kind === 'dermal-filler'),
  }
})

export async function comparisonPageMetadata({ locale, slug }: PageProps): Promise<Metadata> {
  const comparison = await loadComparison(locale, slug)
  if (!comparison) return {}
  const t = await getTranslations({ locale, namespace: 'Comparison' })
  const { clinic } = comparison
  return pageMetadata({
    locale,
    page: clinic.pageIn(sitePages.comparison),
    domain: clinicDomainOf(clinic),
    title: t('title', { clinic: clinic.name }),
    description: t('description', { clinic: clinic.name }),
    image: clinic.heroImage,
    meta: clinic.comparisonMeta,
  })
}

/** A clinic's Botox and fillers side by side, with its prices and practitioners: on the platform and its own domain. */
export async function ComparisonPage({ locale, slug, domain }: PageProps) {
  const { clinic, neuromodulators, fillers } = await contentOr404(locale, () => loadComparison(locale, slug))
  const t = await getTranslations({ locale, namespace: 'Comparison' })
  const treatments = [...neuromodulators, ...fillers].map((offering) => offering.treatment)
  const canonicalDomain = clinicDomainOf(clinic)
  const url = pageUrl(locale, sitePages.comparison(slug), canonicalDomain)
  return (
    <PageFrame locale={locale} domain={domain} {...underClinic(clinic, sitePages.comparison, t('breadcrumb'))}>
      <h1>{t('title', { clinic: clinic.name })}</h1>
      <p className="lead">{t('intro', { clinic: clinic.name })}</p>

      {fillers.length === 0 ? (
        <p>{t('noFillers', { clinic: clinic.name })}</p>
      ) : (
        <ComparisonTable
          locale={locale}
          clinic={clinic}
          domain={domain}
          neuromodulators={neuromodulators}
          fillers={fillers}
        />
      )}
      {treatments.some((treatment) => treatment.prescriptionOnly) && (
        <p className="notice">{(await getTranslations({ locale, namespace: 'Clinic' }))('prescriptionNotice')}</p>
      )}

      <Section id="guide" heading={t('guideHeading')}>
        <p>
          {t('dynamicLines', {
            areas: await faceAreaList(
              locale,
              neuromodulators.flatMap((offering) => offering.treatment.faceAreas),
            ),
          })}
        </p>
        <p>
          {t('staticLines', {
            areas: await faceAreaList(
              locale,
              fillers.flatMap((offering) => offering.treatment.faceAreas),
            ),
          })}
        </p>
      </Section>

      <Section id="combined" heading={t('combinedHeading')}>
        <p>{t('combinedText')}</p>
      </Section>

      <Section id="faq" heading={t('faqHeading')}>
        <dl className="faq">
          <FaqEntries entries={treatments.flatMap((treatment) => treatment.faq ?? [])} />
        </dl>
      </Section>

      <Section id="cta" heading={t('ctaHeading')}>
        <p>{t('ctaText', { clinic: clinic.name })}</p>
      </Section>
      <ConsultationSection
        locale={locale}
        clinic={clinic}
        pagePath={pageHref(locale, sitePages.comparison(clinic.slug), domain)}
        offerings={[...neuromodulators, ...fillers]}
      />

      <JsonLd
        data={medicalWebPage({
          url,
          locale,
          headline: t('title', { clinic: clinic.name }),
          description: t('description', { clinic: clinic.name }),
          about: treatments.map((treatment) => ({
            name: treatment.name,
            url: pageUrl(locale, sitePages.treatment(treatment.slug), canonicalDomain),
          })),
        })}
      />
    </PageFrame>
  )
}
