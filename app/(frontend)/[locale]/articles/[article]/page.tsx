import type { Metadata } from 'next'
import { Fragment } from 'react'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { JsonLd } from '@/components/JsonLd'
import { PageFrame } from '@/components/PageFrame'
import { RichText } from '@/components/RichText'
import type { Locale } from '@/i18n/locales'
import { articleSlugs, findArticle, slugsOfArticle } from '@/queries/articles'
import { formatDate } from '@/site/format'
import { pageMetadata } from '@/site/metadata'
import { absoluteUrl, pagePath, sitePages } from '@/site/pages'
import { medicalWebPage } from '@/site/structuredData'

type Props = { params: Promise<{ locale: Locale; article: string }> }

export const generateStaticParams = async ({ params }: { params: { locale: Locale } }) =>
  (await articleSlugs()).flatMap(({ slug }) => (slug[params.locale] ? [{ article: slug[params.locale]! }] : []))

/** The article in each locale it is written in, with its own slug there; none in the others. */
const localizedArticlePage = async (id: number) => {
  const slugs = await slugsOfArticle(id)
  return (locale: Locale) => {
    const slug = slugs[locale]
    return slug ? sitePages.article(slug) : undefined
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, article: slug } = await params
  const article = await findArticle(locale, slug)
  if (!article) return {}
  return pageMetadata({
    locale,
    page: await localizedArticlePage(article.id),
    title: article.title,
    description: article.excerpt,
    meta: article.meta,
  })
}

export default async function ArticlePage({ params }: Props) {
  const { locale, article: slug } = await params
  setRequestLocale(locale)
  const article = await findArticle(locale, slug)
  if (!article) notFound()
  const [t, page] = await Promise.all([
    getTranslations({ locale, namespace: 'Articles' }),
    localizedArticlePage(article.id),
  ])
  const { author, clinic } = article
  const { reviewer, lastReviewed } = article.medicalReview
  const personPath = (practitioner: { slug: string }) => pagePath(locale, sitePages.practitioner(practitioner.slug))
  const personRef = (practitioner: typeof author) =>
    practitioner && {
      name: practitioner.name,
      url: absoluteUrl(personPath(practitioner)),
      jobTitle: practitioner.jobTitle,
    }
  // Date, author and clinic, each only when there is one, with a separator between those shown.
  const byline = [
    article.publishedAt && t('published', { date: formatDate(locale, article.publishedAt) }),
    author && <a href={personPath(author)}>{t('author', { name: author.name })}</a>,
    clinic && article.clinicShown && <a href={pagePath(locale, sitePages.clinic(clinic.slug))}>{clinic.name}</a>,
    clinic && !article.clinicShown && clinic.name,
    !clinic && t('platformWide'),
  ].filter(Boolean)
  return (
    <PageFrame
      locale={locale}
      page={page}
      breadcrumbs={[
        { name: t('title'), page: { pathname: '/articles' } },
        { name: article.title, page: sitePages.article(slug) },
      ]}
    >
      <article>
        <h1>{article.title}</h1>
        <p className="muted">
          {byline.map((part, index) => (
            <Fragment key={index}>
              {index > 0 && ' · '}
              {part}
            </Fragment>
          ))}
        </p>
        {reviewer && lastReviewed && (
          <p className="notice">
            <a href={personPath(reviewer)}>
              {t('reviewedBy', { name: reviewer.name, date: formatDate(locale, lastReviewed) })}
            </a>
          </p>
        )}
        <p className="lead">{article.excerpt}</p>
        {article.body && <RichText data={article.body} className="prose" />}
      </article>
      <JsonLd
        data={medicalWebPage({
          url: absoluteUrl(pagePath(locale, sitePages.article(slug))),
          locale,
          headline: article.title,
          description: article.excerpt,
          datePublished: article.publishedAt,
          lastReviewed,
          author: personRef(author),
          reviewer: personRef(reviewer),
        })}
      />
    </PageFrame>
  )
}
