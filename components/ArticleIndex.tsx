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

type Choice = { name: string; href: string; chosen: boolean }

/** One of the list's filters: links to each choice (every one first), the chosen one marked as the current page. */
function Filter({ label, choices }: { label: string; choices: Choice[] }) {
  return (
    <nav aria-label={label} className="filters">
      <h2>{label}</h2>
      <ul>
        {choices.map((choice) => (
          <li key={choice.href}>
            <a href={choice.href} aria-current={choice.chosen ? 'page' : undefined}>
              {choice.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
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
        <Filter
          label={t('filterClinic')}
          choices={[
            { name: t('allClinics'), href: link({ clinic: ALL }), chosen: !clinic },
            ...clinics.map((option) => ({
              name: option.name,
              href: link({ clinic: option.slug }),
              chosen: option.id === clinic?.id,
            })),
          ]}
        />
      )}
      <Filter
        label={t('filterTag')}
        choices={[
          { name: t('allTags'), href: link({ tag: ALL }), chosen: !tag },
          ...articleTags.map((option) => ({ name: tags(option), href: link({ tag: option }), chosen: option === tag })),
        ]}
      />
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
