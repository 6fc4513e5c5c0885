import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PageFrame } from '@/components/PageFrame'
import type { Locale } from '@/i18n/locales'
import { listArticles } from '@/queries/articles'
import { findPractitioner } from '@/queries/practitioners'
import { formatList, languageName } from '@/site/format'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, pagePath, sitePages } from '@/site/pages'
import { person } from '@/site/structuredData'
import { publishedSlugs } from '@/queries/slugs'

type Props = { params: Promise<{ locale: Locale; practitioner: string }> }

export const generateStaticParams = async () =>
  (await publishedSlugs('practitioners')).map((practitioner) => ({ practitioner }))

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, practitioner: slug } = await params
  const practitioner = await findPractitioner(locale, slug)
  if (!practitioner) return {}
  return pageMetadata({
    locale,
    page: sitePages.practitioner(slug),
    title: `${practitioner.name}, ${practitioner.jobTitle}`,
    description: practitioner.bio?.slice(0, 155) ?? practitioner.jobTitle,
    image: practitioner.photo,
    meta: practitioner.meta,
  })
}

export default async function PractitionerPage({ params }: Props) {
  const { locale, practitioner: slug } = await params
  setRequestLocale(locale)
  const practitioner = await findPractitioner(locale, slug)
  if (!practitioner) notFound()
  const [t, articles] = await Promise.all([
    getTranslations({ locale, namespace: 'Practitioner' }),
    listArticles(locale, { authorId: practitioner.id }, 1, 20),
  ])
  const { credentials } = practitioner
  const clinicLinks = practitioner.clinics.map((clinic) => ({
    name: clinic.name,
    path: pagePath(locale, sitePages.clinic(clinic.slug)),
  }))
  return (
    <PageFrame
      locale={locale}
      page={sitePages.practitioner(slug)}
      breadcrumbs={[{ name: practitioner.name, page: sitePages.practitioner(slug) }]}
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
                    <a href={pagePath(locale, sitePages.treatment(treatment.slug))}>{treatment.name}</a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {practitioner.languagesSpoken?.length ? (
          <>
            <dt>{t('languages')}</dt>
            <dd>
              {formatList(
                locale,
                practitioner.languagesSpoken.map((code) => languageName(locale, code)),
              )}
            </dd>
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
                <a href={pagePath(locale, sitePages.article(article.slug))}>{article.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <JsonLd
        data={person({
          practitioner,
          url: absoluteUrl(pagePath(locale, sitePages.practitioner(slug))),
          photo: practitioner.photo,
          clinics: clinicLinks.map((clinic) => ({ name: clinic.name, url: absoluteUrl(clinic.path) })),
        })}
      />
    </PageFrame>
  )
}
