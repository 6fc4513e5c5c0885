import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { articleTags } from '../domain/options'
import type { Locale } from '../i18n/locales'
import { listArticles } from '../queries/articles'
import { listClinics } from '../queries/clinics'
import { formatDate } from '../site/format'
import { pageMetadata } from '../site/metadata'
import { ALL, type ClinicDomain, pageHref, pageNumberOf, type SitePage, sitePages } from '../site/pages'
import { publishedSlugs } from '../queries/slugs'
import type { ClinicSite } from './pages/clinicDomain'
import { PageFrame } from './PageFrame'
import { Pagination } from './Pagination'

export type ArticleSelection = { clinic: string; tag: string; page: number }

/**
 * The address of one selection; the unfiltered first page is /articles itself, as is the first page of all of a
 * clinic's articles on its own domain.
 */
export const selectionPage = ({ clinic, tag, page }: ArticleSelection, domain?: ClinicDomain): SitePage =>
  clinic === (domain?.clinic ?? ALL) && tag === ALL && page === 1
    ? sitePages.articles
    : sitePages.articleSelection(clinic, tag, page)

/** The selection an address names, or undefined when its clinic, topic or page number is not one. */
export async function knownSelection(clinic: string, tag: string, page: string): Promise<ArticleSelection | undefined> {
  const pageNumber = pageNumberOf(page)
  const known =
    pageNumber !== undefined &&
    (clinic === ALL || (await publishedSlugs('clinics')).includes(clinic)) &&
    (tag === ALL || (articleTags as readonly string[]).includes(tag))
  return known ? { clinic, tag, page: pageNumber } : undefined
}

type Props = {
  locale: Locale
  selection: ArticleSelection
  /** A clinic's own domain, when the list is shown there: that clinic's articles, filtered by topic only. */
  domain?: ClinicSite
}

export async function articleIndexMetadata({ locale, selection, domain }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Articles' })
  return pageMetadata({
    locale,
    page: selectionPage(selection, domain),
    domain,
    title: t('title'),
    description: t('description'),
  })
}

/**
 * The article list, filtered by clinic and topic and paginated. Every selection has its own static address
 * (filters are links, not a form), so each one is prerendered or cached like any other page.
 */
export async function ArticleIndex({ locale, selection, domain }: Props) {
  setRequestLocale(locale)
  const [t, tags, clinics] = await Promise.all([
    getTranslations({ locale, namespace: 'Articles' }),
    getTranslations({ locale, namespace: 'Tag' }),
    listClinics(locale),
  ])
  const clinic = clinics.find((candidate) => candidate.slug === selection.clinic)
  const tag = articleTags.find((candidate) => candidate === selection.tag)
  const articles = await listArticles(locale, { clinicId: clinic?.id, tag }, selection.page)
  if (selection.page > Math.max(1, articles.totalPages)) notFound()
  const link = (change: Partial<ArticleSelection>) =>
    pageHref(locale, selectionPage({ ...selection, page: 1, ...change }, domain), domain)
  const current = (active: boolean) => (active ? ('page' as const) : undefined)
  return (
    <PageFrame
      locale={locale}
      page={selectionPage(selection, domain)}
      breadcrumbs={[{ name: t('title'), page: sitePages.articles }]}
      domain={domain}
    >
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>
      {!domain && (
        <nav aria-label={t('filterClinic')} className="filters">
          <h2>{t('filterClinic')}</h2>
          <ul>
            <li>
              <a href={link({ clinic: ALL })} aria-current={current(!clinic)}>
                {t('allClinics')}
              </a>
            </li>
            {clinics.map((option) => (
              <li key={option.id}>
                <a href={link({ clinic: option.slug })} aria-current={current(option.id === clinic?.id)}>
                  {option.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <nav aria-label={t('filterTag')} className="filters">
        <h2>{t('filterTag')}</h2>
        <ul>
          <li>
            <a href={link({ tag: ALL })} aria-current={current(!tag)}>
              {t('allTags')}
            </a>
          </li>
          {articleTags.map((option) => (
            <li key={option}>
              <a href={link({ tag: option })} aria-current={current(option === tag)}>
                {tags(option)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {articles.docs.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="card-grid">
          {articles.docs.map((article) => (
            <li key={article.id} className="card">
              <h2 className="card-title">
                <a href={pageHref(locale, sitePages.article(article.slug), domain)}>{article.title}</a>
              </h2>
              {article.publishedAt && (
                <p className="muted">{t('published', { date: formatDate(locale, article.publishedAt) })}</p>
              )}
              <p>{article.excerpt}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        locale={locale}
        page={articles.page ?? 1}
        pages={articles.totalPages}
        hrefOf={(page) => link({ clinic: selection.clinic, tag: selection.tag, page })}
      />
    </PageFrame>
  )
}
