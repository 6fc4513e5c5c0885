import type { Metadata } from 'next'
import { Fragment } from 'react'
import { getTranslations } from 'next-intl/server'

import { JsonLd } from '../JsonLd'
import { PageFrame } from '../PageFrame'
import { RichText } from '../RichText'
import type { Locale } from '../../i18n/locales'
import { type ArticlePageData, findArticle, slugsOfArticle } from '../../queries/articles'
import { formatDate } from '../../site/format'
import { pageMetadata } from '../../site/metadata'
import { type LocalizedPage, namedDomainOf, pageHref, pageUrl, sitePages } from '../../site/pages'
import { medicalWebPage } from '../../site/structuredData'
import type { ClinicSite } from './clinicDomain'
import { contentOr404, type PageProps } from './page'

/** The article's page in each locale it is written in, with its own slug there; none in the others. */
const localizedArticlePage = async (id: number): Promise<LocalizedPage> => {
  const slugs = await slugsOfArticle(id)
  return (locale: Locale) => {
    const slug = slugs[locale]
    return slug ? sitePages.article(slug) : undefined
  }
}

/**
 * The article with its page in every locale, unless the page is on a clinic's domain and the article is not that
 * clinic's.
 */
async function articleOn(locale: Locale, slug: string, domain?: ClinicSite) {
  const article = await findArticle(locale, slug)
  if (!article || (domain && article.clinic?.id !== domain.id)) return undefined
  return { ...article, localizedPage: await localizedArticlePage(article.id) }
}

/** A clinic's article has one address, on the clinic's own domain when it has one. */
const canonicalDomainOf = (article: ArticlePageData) => (article.clinic ? namedDomainOf(article.clinic) : undefined)

export async function articlePageMetadata({ locale, slug, domain }: PageProps): Promise<Metadata> {
  const article = await articleOn(locale, slug, domain)
  if (!article) return {}
  return pageMetadata({
    locale,
    page: article.localizedPage,
    domain: canonicalDomainOf(article),
    title: article.title,
    description: article.excerpt,
    meta: article.meta,
  })
}

export async function ArticlePage({ locale, slug, domain }: PageProps) {
  const article = await contentOr404(locale, () => articleOn(locale, slug, domain))
  const t = await getTranslations({ locale, namespace: 'Articles' })
  const { author, clinic } = article
  const { reviewer, lastReviewed } = article.medicalReview
  const personPath = (practitioner: { slug: string }) =>
    pageHref(locale, sitePages.practitioner(practitioner.slug), domain)
  // Its structured data is the same wherever it is shown: at its canonical address.
  const canonicalOn = canonicalDomainOf(article)
  const personRef = (practitioner: typeof author) =>
    practitioner && {
      name: practitioner.name,
      url: pageUrl(locale, sitePages.practitioner(practitioner.slug), canonicalOn),
      jobTitle: practitioner.jobTitle,
    }
  // Date, author and clinic, each only when there is one, with a separator between those shown.
  const byline = [
    article.publishedAt && t('published', { date: formatDate(locale, article.publishedAt) }),
    author && <a href={personPath(author)}>{t('author', { name: author.name })}</a>,
    clinic && article.clinicShown && (
      <a href={pageHref(locale, sitePages.clinic(clinic.slug), domain)}>{clinic.name}</a>
    ),
    clinic && !article.clinicShown && clinic.name,
    !clinic && t('platformWide'),
  ].filter(Boolean)
  return (
    <PageFrame
      locale={locale}
      page={article.localizedPage}
      breadcrumbs={[
        { name: t('title'), page: sitePages.articles },
        { name: article.title, page: sitePages.article(slug) },
      ]}
      domain={domain}
      canonicalOn={canonicalOn}
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
          url: pageUrl(locale, sitePages.article(slug), canonicalOn),
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
