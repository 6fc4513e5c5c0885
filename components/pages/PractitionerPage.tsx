import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { JsonLd } from '../JsonLd'
import { MediaImage } from '../MediaImage'
import { PageFrame } from '../PageFrame'
import type { Locale } from '../../i18n/locales'
import { listArticles } from '../../queries/articles'
import { findPractitioner } from '../../queries/practitioners'
import { spokenLanguages } from '../../site/format'
import { pageMetadata } from '../../site/metadata'
import { clinicDomainOf, pageHref, pageUrl, sitePages } from '../../site/pages'
import { person } from '../../site/structuredData'
import type { ClinicSite } from './clinicDomain'

type Props = {
  locale: Locale
  slug: string
  /** A clinic's own domain, when the page is shown there (for that clinic's practitioners only). */
  domain?: ClinicSite
}

/** The practitioner, unless the page is on a clinic's domain and they do not work at that clinic. */
async function practitionerOn(locale: Locale, slug: string, domain?: ClinicSite) {
  const practitioner = await findPractitioner(locale, slug)
  const shown = practitioner && (!domain || practitioner.clinics.some((clinic) => clinic.id === domain.id))
  return shown ? practitioner : undefined
}

export async function practitionerPageMetadata({ locale, slug, domain }: Props): Promise<Metadata> {
  const practitioner = await practitionerOn(locale, slug, domain)
  if (!practitioner) return {}
  return pageMetadata({
    locale,
    page: sitePages.practitioner(slug),
    domain,
    title: `${practitioner.name}, ${practitioner.jobTitle}`,
    description: practitioner.bio?.slice(0, 155) ?? practitioner.jobTitle,
    image: practitioner.photo,
    meta: practitioner.meta,
  })
}

export async function PractitionerPage({ locale, slug, domain }: Props) {
  setRequestLocale(locale)
  const practitioner = await practitionerOn(locale, slug, domain)
  if (!practitioner) notFound()
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Practitioner' }),
    // On a clinic's domain, the articles written for that clinic.
    listArticles(locale, { authorId: practitioner.id, clinicId: domain?.id }, 1, 20),
  ])
  const { credentials } = practitioner
  const clinicLinks = practitioner.clinics.map((clinic) => ({
    name: clinic.name,
    path: pageHref(locale, sitePages.clinic(clinic.slug), domain),
    url: pageUrl(locale, sitePages.clinic(clinic.slug), clinicDomainOf(clinic)),
  }))
  return (
    <PageFrame
      locale={locale}
      page={sitePages.practitioner(slug)}
      breadcrumbs={[{ name: practitioner.name, page: sitePages.practitioner(slug) }]}
      domain={domain}
    >
      <div className="profile">
        <MediaImage media={practitioner.photo} sizes="12rem" className="portrait" preload />
        <div>
          <h1>{practitioner.name}</h1>
          <p className="lead">{practitioner.jobTitle}</p>
        </div>
      </div>
      <dl className="facts">
        {credentials?.title && (
          <>
            <dt>{t('credentials')}</dt>
            <dd>
              {credentials.title}
              {credentials.registrationBody && credentials.registrationNumber && (
                <>
                  <br />
                  {t('registration', { body: credentials.registrationBody, number: credentials.registrationNumber })}
                </>
              )}
            </dd>
          </>
        )}
        <dt>{t('worksAt')}</dt>
        <dd>
          <ul className="plain">
            {clinicLinks.map((clinic) => (
              <li key={clinic.path}>
                <a href={clinic.path}>{clinic.name}</a>
              </li>
            ))}
          </ul>
        </dd>
        {practitioner.treatments.length > 0 && (
          <>
            <dt>{t('treatments')}</dt>
            <dd>
              <ul className="plain">
                {practitioner.treatments.map((treatment) => (
                  <li key={treatment.id}>
                    <a href={pageHref(locale, sitePages.treatment(treatment.slug), domain)}>{treatment.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {practitioner.languagesSpoken?.length ? (
          <>
            <dt>{t('languages')}</dt>
            <dd>{spokenLanguages(locale, practitioner.languagesSpoken)}</dd>
          </>
        ) : null}
      </dl>
      {practitioner.bio && <p>{practitioner.bio}</p>}

      {articles.docs.length > 0 && (
        <section aria-labelledby="articles">
          <h2 id="articles">{t('articles')}</h2>
          <ul className="article-list">
            {articles.docs.map((article) => (
              <li key={article.id}>
                <a href={pageHref(locale, sitePages.article(article.slug), domain)}>{article.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <JsonLd
        data={person({
          practitioner,
          url: pageUrl(locale, sitePages.practitioner(slug), domain),
          photo: practitioner.photo,
          clinics: clinicLinks.map((clinic) => ({ name: clinic.name, url: clinic.url })),
        })}
      />
    </PageFrame>
  )
}
