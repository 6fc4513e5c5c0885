import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { articleTags } from '../domain/options'
import type { Locale } from '../i18n/locales'
import { listArticles } from '../queries/articles'
import { listClinics } from '../queries/clinics'
import { formatDate } from '../site/format'
import { ALL, pagePath, type SitePage, sitePages } from '../site/pages'
import { PageFrame } from './PageFrame'
import { Pagination } from './Pagination'

export type ArticleSelection = { clinic: string; tag: string; page: number }

/** The address of one selection; the unfiltered first page is /articles itself. */
export const selectionPage = ({ clinic, tag, page }: ArticleSelection): SitePage =>
  clinic === ALL && tag === ALL && page === 1
    ? { pathname: '/articles' }
    : { pathname: '/articles/browse/[clinic]/[tag]/[page]', params: { clinic, tag, page: String(page) } }

/**
 * The article list, filtered by clinic and topic and paginated. Every selection has its own static address
 * (filters are links, not a form), so each one is prerendered or cached like any other page.
 */
export async function ArticleIndex({ locale, selection }: { locale: Locale; selection: ArticleSelection }) {
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
    pagePath(locale, selectionPage({ ...selection, page: 1, ...change }))
  const current = (active: boolean) => (active ? ('page' as const) : undefined)
  return (
    <PageFrame
      locale={locale}
      page={selectionPage(selection)}
      breadcrumbs={[{ name: t('title'), page: { pathname: '/articles' } }]}
    >
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>
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
                <a href={pagePath(locale, sitePages.article(article.slug))}>{article.title}</a>
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
