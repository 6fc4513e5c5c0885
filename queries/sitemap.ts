import { defaultLocale, type Locale, locales } from '../i18n/locales'
import { alternateUrls, type ClinicDomain, type LocalizedPage, pageIn, sitePages } from '../site/pages'
import type { SitemapEntry } from '../site/sitemap'
import { articleSlugs } from './articles'
import { clinicPlaces, directoryFirstPages, everyClinicPlace } from './clinics'
import { clinicOfferings } from './offerings'
import { publishedSlugs } from './slugs'

type ArticleSlugs = Awaited<ReturnType<typeof articleSlugs>>

/** A clinic's two indexable pages in the locales it is shown in. */
const clinicPagesOf = (slug: string, shownIn: Locale[]): LocalizedPage[] =>
  [sitePages.clinic, sitePages.comparison].map(
    (page) => (locale) => (shownIn.includes(locale) ? page(slug) : undefined),
  )

/** An article only in the languages it is written in, as its page's hreflang says. */
const articlePagesOf = (articles: ArticleSlugs): LocalizedPage[] =>
  articles.map(({ slug }): LocalizedPage => (locale) => {
    const article = slug[locale]
    return article ? sitePages.article(article) : undefined
  })

/** Each page in every locale it exists in, with its alternates, at its address on `domain` or the platform. */
const entriesOf = (pages: LocalizedPage[], domain?: ClinicDomain): SitemapEntry[] =>
  pages.flatMap((page) => {
    const languages = alternateUrls(page, domain)
    return locales.flatMap((locale) => {
      const url = languages[locale]
      if (!url || !pageIn(page, locale)) return []
      return [{ url, alternates: { ...languages, 'x-default': languages[defaultLocale] ?? url } }]
    })
  })

/**
 * Every public page of the platform in every locale, each with its alternates: the one list the sitemap and its parts
 * are cut from. Filtered article selections are left out: they repeat articles listed here. So are the pages whose
 * canonical address is on a clinic's own domain: that domain's sitemap lists them.
 */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const [places, directory, treatments, practitioners, articles] = await Promise.all([
    // Every published clinic (each shows in the default locale), with the locales its pages are shown in.
    clinicPlaces(defaultLocale),
    directoryFirstPages(),
    publishedSlugs('treatments'),
    publishedSlugs('practitioners'),
    articleSlugs(),
  ])
  const onDomains = new Set(places.filter((place) => place.customDomain).map((place) => place.id))
  return entriesOf([
    sitePages.home,
    sitePages.articles,
    // The directory, each country's and each city's clinics (first pages: later ones list the same clinics), in
    // the locales with a clinic to list there.
    ...directory,
    ...places.filter((place) => !onDomains.has(place.id)).flatMap((place) => clinicPagesOf(place.slug, place.shownIn)),
    ...treatments.map((treatment): LocalizedPage => sitePages.treatment(treatment)),
    ...practitioners.map((practitioner): LocalizedPage => sitePages.practitioner(practitioner)),
    ...articlePagesOf(articles.filter((article) => !onDomains.has(article.clinic ?? -1))),
  ])
}

/** The pages of a clinic's own domain for its sitemap: its home, comparison, treatments, practitioners and articles. */
export async function domainSitemapEntries(domain: string): Promise<SitemapEntry[] | undefined> {
  const place = (await everyClinicPlace(defaultLocale)).find((candidate) => candidate.customDomain === domain)
  if (!place) return undefined
  const [offerings, practitioners, articles] = await Promise.all([
    clinicOfferings(defaultLocale, place.id),
    publishedSlugs('practitioners', { clinics: { contains: place.id } }),
    articleSlugs(),
  ])
  const shownIn = (page: (slug: string) => LocalizedPage) => (locale: Locale) =>
    place.shownIn.includes(locale) ? pageIn(page(place.slug), locale) : undefined
  return entriesOf(
    [
      ...clinicPagesOf(place.slug, place.shownIn),
      shownIn(() => sitePages.articles),
      ...offerings.map((offering) => shownIn(() => sitePages.treatment(offering.treatment.slug))),
      ...practitioners.map((practitioner) => shownIn(() => sitePages.practitioner(practitioner))),
      ...articlePagesOf(articles.filter((article) => article.clinic === place.id)),
    ],
    { domain, clinic: place.slug },
  )
}
