import type { MetadataRoute } from 'next'

import { defaultLocale, locales } from '@/i18n/locales'
import { articleSlugs } from '@/queries/articles'
import { clinicPlaces, directoryFirstPages } from '@/queries/clinics'
import { alternateUrls, type LocalizedPage, pageIn, sitePages } from '@/site/pages'
import { publishedSlugs } from '@/queries/slugs'

/**
 * Every public page in every locale, each with its alternates. Filtered article selections are left out:
 * they repeat articles listed here. Revalidated with the pages whenever content changes.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
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
      return [{ url, alternates: { languages: { ...languages, 'x-default': languages[defaultLocale] ?? url } } }]
    })
  })
}
