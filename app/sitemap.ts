import type { MetadataRoute } from 'next'

import { defaultLocale, type Locale, locales } from '@/i18n/locales'
import { articleSlugs } from '@/queries/articles'
import { type ClinicPlace, clinicPlaces } from '@/queries/clinics'
import { ALL, alternateUrls, type LocalizedPage, pageIn, type SitePage, sitePages } from '@/site/pages'
import { publishedSlugs } from '@/queries/slugs'

/** Each country's and each city's directory page, in the locales at least one of its clinics is shown in. */
function directoryPages(places: ClinicPlace[]): LocalizedPage[] {
  const shownIn = new Map<string, { page: SitePage; locales: Set<Locale> }>()
  for (const place of places) {
    const selections = [[place.country, ALL], ...(place.city ? [[place.country, place.city]] : [])]
    for (const [country, city] of selections) {
      const entry = shownIn.get(`${country}/${city}`) ?? {
        page: sitePages.directory(country, city),
        locales: new Set(),
      }
      place.shownIn.forEach((locale) => entry.locales.add(locale))
      shownIn.set(`${country}/${city}`, entry)
    }
  }
  return [...shownIn.values()].map(
    ({ page, locales: shown }) =>
      (locale: Locale) =>
        shown.has(locale) ? page : undefined,
  )
}

/**
 * Every public page in every locale, each with its alternates. Filtered article selections are left out:
 * they repeat articles listed here. Revalidated with the pages whenever content changes.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [places, treatments, practitioners, articles] = await Promise.all([
    // Every published clinic (each shows in the default locale), with the locales its pages are shown in.
    clinicPlaces(defaultLocale),
    publishedSlugs('treatments'),
    publishedSlugs('practitioners'),
    articleSlugs(),
  ])
  const pages: LocalizedPage[] = [
    { pathname: '/' },
    { pathname: '/articles' },
    // The directory, each country's and each city's clinics (first pages: later ones list the same clinics), in
    // the locales with a clinic to list there.
    sitePages.directory(ALL, ALL),
    ...directoryPages(places),
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
