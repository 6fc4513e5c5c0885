import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { selectionPage } from '../ArticleIndex'
import { Fact } from '../Fact'
import { JsonLd } from '../JsonLd'
import { LinkList } from '../LinkList'
import { ConsultationSection } from '../LeadForm/ConsultationSection'
import { MediaImage } from '../MediaImage'
import { OpenNow } from '../OpenNow'
import { PageFrame } from '../PageFrame'
import { PriceFrom } from '../PriceFrom'
import { RichText } from '../RichText'
import { Section } from '../Section'
import { weekdays } from '../../domain/options'
import { listArticles } from '../../queries/articles'
import { findClinic } from '../../queries/clinics'
import { clinicOfferings } from '../../queries/offerings'
import { clinicPractitioners } from '../../queries/practitioners'
import { countryName, formatDate, formatTimeOfDay, spokenLanguages, telHref } from '../../site/format'
import { pageMetadata } from '../../site/metadata'
import { ALL, namedDomainOf, pageHref, pageUrl, type SitePage, sitePages } from '../../site/pages'
import { clinicPriceRange } from '../../site/prices'
import { medicalClinic } from '../../site/structuredData'
import { contentOr404, type PageProps } from './page'

export async function clinicPageMetadata({ locale, slug }: PageProps): Promise<Metadata> {
  const clinic = await findClinic(locale, slug)
  if (!clinic) return {}
  return pageMetadata({
    locale,
    page: clinic.pageIn(sitePages.clinic),
    domain: namedDomainOf(clinic),
    title: `${clinic.name}, ${clinic.address.city}`,
    description: clinic.summary,
    image: clinic.heroImage,
    meta: clinic.meta,
  })
}

/** A clinic's page: on the platform, and as the home page of its own domain. */
export async function ClinicPage({ locale, slug, domain }: PageProps) {
  const clinic = await contentOr404(locale, () => findClinic(locale, slug))
  const [t, weekday, offerings, practitioners, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Clinic' }),
    getTranslations({ locale, namespace: 'Weekday' }),
    clinicOfferings(locale, clinic.id),
    clinicPractitioners(locale, clinic.id),
    listArticles(locale, { clinicId: clinic.id }, 1, 3),
  ])
  const hours = clinic.openingHours ?? []
  const href = (page: SitePage) => pageHref(locale, page, domain)
  // Its one address: on its own domain when it has one, wherever it is shown.
  const canonicalOn = namedDomainOf(clinic)
  const url = pageUrl(locale, sitePages.clinic(slug), canonicalOn)
  const { latitude, longitude } = clinic.geo
  const comparison: SitePage = sitePages.comparison(slug)
  return (
    <PageFrame
      locale={locale}
      page={clinic.pageIn(sitePages.clinic)}
      breadcrumbs={[{ name: clinic.name, page: sitePages.clinic(slug) }]}
      domain={domain}
      canonicalOn={canonicalOn}
    >
      <div className="hero">
        <MediaImage media={clinic.heroImage} sizes="(min-width: 60rem) 60rem, 100vw" className="hero-image" preload />
        <h1>{clinic.name}</h1>
        <p className="lead">{clinic.summary}</p>
        <p className="actions">
          <a className="button" href="#consultation">
            {t('consultationHeading')}
          </a>
          <a href={href(comparison)}>{t('compare', { clinic: clinic.name })}</a>
        </p>
      </div>
      {clinic.description && <RichText data={clinic.description} className="prose" />}

      <div className="columns">
        <Section id="address" heading={t('address')}>
          <address>
            {clinic.address.street}
            <br />
            {[clinic.address.postalCode, clinic.address.city].filter(Boolean).join(' ')}
            <br />
            {countryName(locale, clinic.address.countryCode)}
          </address>
          <p>
            <a
              href={`https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`}
            >
              {t('map', { clinic: clinic.name })}
            </a>
          </p>
          <h2 id="contact">{t('contact')}</h2>
          <dl className="facts">
            <Fact term={t('phone')}>
              <a href={telHref(clinic.phone)} dir="ltr">
                {clinic.phone}
              </a>
            </Fact>
            <Fact term={t('email')}>
              <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
            </Fact>
            {clinic.languagesSpoken?.length ? (
              <Fact term={t('languages')}>{spokenLanguages(locale, clinic.languagesSpoken)}</Fact>
            ) : null}
          </dl>
        </Section>

        <Section id="hours" heading={t('hours')}>
          <OpenNow hours={hours} timeZone={clinic.timeZone} openLabel={t('openNow')} closedLabel={t('closedNow')} />
          <table className="hours">
            <caption>{t('hoursTimeZone', { timeZone: clinic.timeZone })}</caption>
            <tbody>
              {weekdays.map((day) => {
                const periods = hours.filter((period) => period.day === day)
                return (
                  <tr key={day}>
                    <th scope="row">{weekday(day)}</th>
                    <td>
                      {periods.length === 0
                        ? t('closed')
                        : periods
                            .map(
                              (period) =>
                                `${formatTimeOfDay(locale, period.opens)}–${formatTimeOfDay(locale, period.closes)}`,
                            )
                            .join(', ')}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </Section>
      </div>

      <Section id="treatments" heading={t('treatments')}>
        <ul className="price-list">
          {offerings.map((offering) => (
            <li key={offering.id}>
              <a href={href(sitePages.treatment(offering.treatment.slug))}>{offering.treatment.name}</a>
              <PriceFrom locale={locale} offering={offering} />
            </li>
          ))}
        </ul>
        {offerings.some((offering) => offering.treatment.prescriptionOnly) && (
          <p className="notice">{t('prescriptionNotice')}</p>
        )}
      </Section>

      {practitioners.length > 0 && (
        <Section id="practitioners" heading={t('practitioners')}>
          <ul className="card-grid">
            {practitioners.map((practitioner) => (
              <li key={practitioner.id} className="card person">
                <MediaImage media={practitioner.photo} sizes="8rem" className="portrait" />
                <div>
                  <h3>
                    <a href={href(sitePages.practitioner(practitioner.slug))}>{practitioner.name}</a>
                  </h3>
                  <p className="muted">{practitioner.jobTitle}</p>
                </div>
              </li>
            ))}
          </ul>
        </Section>
      )}

      {articles.docs.length > 0 && (
        <Section id="articles" heading={t('articles')}>
          <LinkList
            locale={locale}
            domain={domain}
            pageOf={sitePages.article}
            documents={articles.docs.map(({ slug, title, publishedAt }) => ({
              slug,
              name: title,
              note: publishedAt ? formatDate(locale, publishedAt) : undefined,
            }))}
            className="article-list"
          />
          <p>
            <a href={href(selectionPage({ clinic: slug, tag: ALL, page: 1 }, domain))}>
              {t('allArticles', { clinic: clinic.name })}
            </a>
          </p>
        </Section>
      )}

      <ConsultationSection
        locale={locale}
        clinic={clinic}
        pagePath={href(sitePages.clinic(clinic.slug))}
        offerings={offerings}
      />

      <JsonLd
        data={medicalClinic({
          clinic,
          url,
          priceRange: clinicPriceRange(locale, offerings),
          services: offerings.map((offering) => ({
            name: offering.treatment.name,
            url: pageUrl(locale, sitePages.treatment(offering.treatment.slug), canonicalOn),
          })),
        })}
      />
    </PageFrame>
  )
}
