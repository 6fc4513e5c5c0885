import type { MetadataRoute } from 'next'

import { defaultLocale, locales } from '@/i18n/locales'
import { articleSlugs } from '@/queries/articles'
import { alternateUrls, type LocalizedPage, pageIn } from '@/site/pages'
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
    ...clinics.flatMap((clinic): LocalizedPage[] => [
      { pathname: '/clinics/[clinic]', params: { clinic } },
      { pathname: '/clinics/[clinic]/botox-vs-fillers', params: { clinic } },
    ]),
    ...treatments.map((treatment): LocalizedPage => ({ pathname: '/treatments/[treatment]', params: { treatment } })),
    ...practitioners.map((practitioner): LocalizedPage => ({
      pathname: '/practitioners/[practitioner]',
      params: { practitioner },
    })),
    ...articles.map(({ slug }): LocalizedPage => (locale) => {
      const article = slug[locale] ?? slug[defaultLocale]
      return article ? { pathname: '/articles/[article]', params: { article } } : undefined
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
