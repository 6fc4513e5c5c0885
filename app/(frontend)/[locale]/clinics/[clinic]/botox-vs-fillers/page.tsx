import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { cache } from 'react'

import { ComparisonTable } from '@/components/ComparisonTable'
import { JsonLd } from '@/components/JsonLd'
import { ConsultationSection } from '@/components/LeadForm/ConsultationSection'
import { PageFrame } from '@/components/PageFrame'
import { faceAreaList } from '@/components/treatmentFacts'
import type { Locale } from '@/i18n/locales'
import { findClinic } from '@/queries/clinics'
import { clinicOfferings } from '@/queries/offerings'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, pagePath, type SitePage, sitePages } from '@/site/pages'
import { medicalWebPage } from '@/site/structuredData'
import { prerenderedClinicSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; clinic: string }> }

// Only the first clinics are prerendered at build; the others render on their first visit (queries/slugs.ts).
export const generateStaticParams = async () => (await prerenderedClinicSlugs()).map((clinic) => ({ clinic }))

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

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, clinic: slug } = await params
  const comparison = await loadComparison(locale, slug)
  if (!comparison) return {}
  const t = await getTranslations({ locale, namespace: 'Comparison' })
  const { clinic } = comparison
  return pageMetadata({
    locale,
    page: clinic.pageIn(sitePages.comparison),
    title: t('title', { clinic: clinic.name }),
    description: t('description', { clinic: clinic.name }),
    image: clinic.heroImage,
    meta: clinic.comparisonMeta,
  })
}

export default async function ComparisonPage({ params }: Props) {
  const { locale, clinic: slug } = await params
  setRequestLocale(locale)
  const comparison = await loadComparison(locale, slug)
  if (!comparison) notFound()
  const { clinic, neuromodulators, fillers } = comparison
  const t = await getTranslations({ locale, namespace: 'Comparison' })
  const treatments = [...neuromodulators, ...fillers].map((offering) => offering.treatment)
  const clinicPage: SitePage = sitePages.clinic(slug)
  const url = absoluteUrl(pagePath(locale, sitePages.comparison(slug)))
  return (
    <PageFrame
      locale={locale}
      page={clinic.pageIn(sitePages.comparison)}
      breadcrumbs={[
        { name: clinic.name, page: clinicPage },
        { name: t('breadcrumb'), page: sitePages.comparison(slug) },
      ]}
    >
      <h1>{t('title', { clinic: clinic.name })}</h1>
      <p className="lead">{t('intro', { clinic: clinic.name })}</p>

      {fillers.length === 0 ? (
        <p>{t('noFillers', { clinic: clinic.name })}</p>
      ) : (
        <ComparisonTable locale={locale} clinic={clinic} neuromodulators={neuromodulators} fillers={fillers} />
      )}
      {treatments.some((treatment) => treatment.prescriptionOnly) && (
        <p className="notice">{(await getTranslations({ locale, namespace: 'Clinic' }))('prescriptionNotice')}</p>
      )}

      <section aria-labelledby="guide">
        <h2 id="guide">{t('guideHeading')}</h2>
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
      </section>

      <section aria-labelledby="combined">
        <h2 id="combined">{t('combinedHeading')}</h2>
        <p>{t('combinedText')}</p>
      </section>

      <section aria-labelledby="faq">
        <h2 id="faq">{t('faqHeading')}</h2>
        <dl className="faq">
          {treatments.flatMap((treatment) =>
            (treatment.faq ?? []).map((entry) => (
              <div key={entry.id ?? entry.question}>
                <dt>{entry.question}</dt>
                <dd>{entry.answer}</dd>
              </div>
            )),
          )}
        </dl>
      </section>

      <section aria-labelledby="cta">
        <h2 id="cta">{t('ctaHeading')}</h2>
        <p>{t('ctaText', { clinic: clinic.name })}</p>
      </section>
      <ConsultationSection
        locale={locale}
        clinic={clinic}
        page={sitePages.comparison(clinic.slug)}
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
            url: absoluteUrl(pagePath(locale, sitePages.treatment(treatment.slug))),
          })),
        })}
      />
    </PageFrame>
  )
}
