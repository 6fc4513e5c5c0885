import type { MetadataRoute } from 'next'

import { defaultLocale, locales } from '@/i18n/locales'
import { articleSlugs } from '@/queries/articles'
import { alternateUrls, type LocalizedPage, pageIn, sitePages } from '@/site/pages'
import { publishedSlugs } from '@/queries/slugs'

/**
 * Every public page in every locale, each with its alternates. Filtered article selections are left out:
 * they repeat articles listed here. Revalidated with the pages whenever content changes.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [clinics, treatments, practitioners, articles] = await Promise.all([
    publishedSlugs('clinics'),
    publishedSlugs('treatments'),
    publishedSlugs('practitioners'),
    articleSlugs(),
  ])
  const pages: LocalizedPage[] = [
    { pathname: '/' },
    { pathname: '/articles' },
    ...clinics.flatMap((clinic): LocalizedPage[] => [sitePages.clinic(clinic), sitePages.comparison(clinic)]),
    ...treatments.map((treatment): LocalizedPage => sitePages.treatment(treatment)),
    ...practitioners.map((practitioner): LocalizedPage => sitePages.practitioner(practitioner)),
    ...articles.map(({ slug }): LocalizedPage => (locale) => {
      const article = slug[locale] ?? slug[defaultLocale]
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
