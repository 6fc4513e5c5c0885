import { defaultLocale, locales } from '../i18n/locales'
import { alternateUrls, type LocalizedPage, pageIn, sitePages } from '../site/pages'
import type { SitemapEntry } from '../site/sitemap'
import { articleSlugs } from './articles'
import { clinicPlaces, directoryFirstPages } from './clinics'
import { publishedSlugs } from './slugs'

/**
 * Every public page in every locale, each with its alternates: the one list the sitemap and its parts are cut from.
 * Filtered article selections are left out: they repeat articles listed here.
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
  const pages: LocalizedPage[] = [
    { pathname: '/' },
    { pathname: '/articles' },
    // The directory, each country's and each city's clinics (first pages: later ones list the same clinics), in
    // the locales with a clinic to list there.
    ...directory,
    ...places.flatMap((place): LocalizedPage[] =>
      [sitePages.clinic, sitePages.comparison].map(
        (page) => (locale) => (place.shownIn.includes(locale) ? page(place.slug) : undefined),
      ),
    ),
    ...treatments.map((treatment): LocalizedPage => sitePages.treatment(treatment)),
    ...practitioners.map((practitioner): LocalizedPage => sitePages.practitioner(practitioner)),
    // An article only in the languages it is written in, as its page's hreflang says.
    ...articles.map(({ slug }): LocalizedPage => (locale) => {
      const article = slug[locale]
      return article ? sitePages.article(article) : undefined
    }),
  ]
  return pages.flatMap((page) => {
    const languages = alternateUrls(page)
    return locales.flatMap((locale) => {
      const url = languages[locale]
      if (!url || !pageIn(page, locale)) return []
      return [{ url, alternates: { ...languages, 'x-default': languages[defaultLocale] ?? url } }]
    })
  })
}
