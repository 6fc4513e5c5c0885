import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { selectionPage } from '../ArticleIndex'
import { JsonLd } from '../JsonLd'
import { ConsultationSection } from '../LeadForm/ConsultationSection'
import { MediaImage } from '../MediaImage'
import { OpenNow } from '../OpenNow'
import { PageFrame } from '../PageFrame'
import { PriceFrom } from '../PriceFrom'
import { RichText } from '../RichText'
import { weekdays } from '../../domain/options'
import type { Locale } from '../../i18n/locales'
import { listArticles } from '../../queries/articles'
import { findClinic } from '../../queries/clinics'
import { clinicOfferings } from '../../queries/offerings'
import { clinicPractitioners } from '../../queries/practitioners'
import { countryName, formatDate, formatTimeOfDay, spokenLanguages, telHref } from '../../site/format'
import { pageMetadata } from '../../site/metadata'
import { ALL, clinicDomainOf, pageHref, pageUrl, type SitePage, sitePages } from '../../site/pages'
import { clinicPriceRange } from '../../site/prices'
import { medicalClinic } from '../../site/structuredData'
import type { ClinicSite } from './clinicDomain'

type Props = {
  locale: Locale
  slug: string
  /** The clinic's own domain, when the page is shown there (its home page) rather than on the platform. */
  domain?: ClinicSite
}

export async function clinicPageMetadata({ locale, slug }: Props): Promise<Metadata> {
  const clinic = await findClinic(locale, slug)
  if (!clinic) return {}
  return pageMetadata({
    locale,
    page: clinic.pageIn(sitePages.clinic),
    domain: clinicDomainOf(clinic),
    title: `${clinic.name}, ${clinic.address.city}`,
    description: clinic.summary,
    image: clinic.heroImage,
    meta: clinic.meta,
  })
}

/** A clinic's page: on the platform, and as the home page of its own domain. */
export async function ClinicPage({ locale, slug, domain }: Props) {
  setRequestLocale(locale)
  const clinic = await findClinic(locale, slug)
  if (!clinic) notFound()
  const [t, weekday, offerings, practitioners, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Clinic' }),
    getTranslations({ locale, namespace: 'Weekday' }),
    clinicOfferings(locale, clinic.id),
    clinicPractitioners(locale, clinic.id),
    listArticles(locale, { clinicId: clinic.id }, 1, 3),
  ])
  const hours = clinic.openingHours ?? []
  const href = (page: SitePage) => pageHref(locale, page, domain)
  const url = pageUrl(locale, sitePages.clinic(slug), clinicDomainOf(clinic))
  const { latitude, longitude } = clinic.geo
  const comparison: SitePage = sitePages.comparison(slug)
  return (
    <PageFrame
      locale={locale}
      page={clinic.pageIn(sitePages.clinic)}
      breadcrumbs={[{ name: clinic.name, page: sitePages.clinic(slug) }]}
      domain={domain}
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
        <section aria-labelledby="address">
          <h2 id="address">{t('address')}</h2>
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
            <dt>{t('phone')}</dt>
            <dd>
              <a href={telHref(clinic.phone)} dir="ltr">
                {clinic.phone}
              </a>
            </dd>
            <dt>{t('email')}</dt>
            <dd>
              <a href={`mailto:${clinic.email}`}>{clinic.email}</a>
            </dd>
            {clinic.languagesSpoken?.length ? (
              <>
                <dt>{t('languages')}</dt>
                <dd>{spokenLanguages(locale, clinic.languagesSpoken)}</dd>
              </>
            ) : null}
          </dl>
        </section>

        <section aria-labelledby="hours">
          <h2 id="hours">{t('hours')}</h2>
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
        </section>
      </div>

      <section aria-labelledby="treatments">
        <h2 id="treatments">{t('treatments')}</h2>
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
      </section>

      {practitioners.length > 0 && (
        <section aria-labelledby="practitioners">
          <h2 id="practitioners">{t('practitioners')}</h2>
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
        </section>
      )}

      {articles.docs.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles">{t('articles')}</h2>
          <ul className="article-list">
            {articles.docs.map((article) => (
              <li key={article.id}>
                <a href={href(sitePages.article(article.slug))}>{article.title}</a>
                {article.publishedAt && <span className="muted"> · {formatDate(locale, article.publishedAt)}</span>}
              </li>
            ))}
          </ul>
          <p>
            <a href={href(selectionPage({ clinic: slug, tag: ALL, page: 1 }, domain))}>
              {t('allArticles', { clinic: clinic.name })}
            </a>
          </p>
        </section>
      )}

      <ConsultationSection
        locale={locale}
        clinic={clinic}
        page={sitePages.clinic(clinic.slug)}
        domain={domain}
        offerings={offerings}
      />

      <JsonLd
        data={medicalClinic({
          clinic,
          url,
          priceRange: clinicPriceRange(locale, offerings),
          services: offerings.map((offering) => ({
            name: offering.treatment.name,
            url: pageUrl(locale, sitePages.treatment(offering.treatment.slug), clinicDomainOf(clinic)),
          })),
        })}
      />
    </PageFrame>
  )
}
