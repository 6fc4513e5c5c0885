import { notFound } from 'next/navigation'
import { setRequestLocale } from 'next-intl/server'

import type { Locale } from '../../i18n/locales'
import type { ClinicSite } from './clinicDomain'

/** What a document's page is given: the locale, the document's slug, and the clinic's own domain when shown there. */
export type PageProps = {
  locale: Locale
  slug: string
  domain?: ClinicSite
}

/**
 * What a page shows, loaded once the request's locale is set (the texts rendered after it read it); the locale's 404
 * page when there is nothing to show there.
 */
export async function contentOr404<T>(locale: Locale, load: () => Promise<T | undefined>): Promise<T> {
  setRequestLocale(locale)
  const content = await load()
  if (!content) notFound()
  return content
}
