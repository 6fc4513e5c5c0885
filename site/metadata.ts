import type { Metadata } from 'next'

import { defaultLocale, type Locale } from '../i18n/locales'
import type { Media } from '../payload-types'
import { absoluteUrl, alternateUrls, type ClinicDomain, type LocalizedPage } from './pages'
import { mediaPath } from './pages'

/** Shown when a page has no image of its own (public/share.png, 1200×630). */
const DEFAULT_SHARE_IMAGE = { url: '/share.png', width: 1200, height: 630 }

type Input = {
  locale: Locale
  page: LocalizedPage
  /** The clinic's own domain, which is the canonical home of the pages it shows, on any host. */
  domain?: ClinicDomain
  title: string
  description: string
  image?: Media | null
  /** Owner-written values from the document's meta fields win over the defaults above. */
  meta?: { title?: string | null; description?: string | null } | null
}

/** Title, description, canonical URL, hreflang alternates (with x-default) and Open Graph for a page. */
export function pageMetadata({ locale, page, domain, title, description, image, meta }: Input): Metadata {
  const languages = alternateUrls(page, domain)
  const canonical = languages[locale]
  const finalTitle = meta?.title || title
  const finalDescription = meta?.description || description
  const imageUrl = image?.sizes?.card?.url ?? image?.url
  return {
    title: finalTitle,
    description: finalDescription,
    alternates: {
      canonical,
      languages: { ...languages, 'x-default': languages[defaultLocale] ?? canonical },
    },
    openGraph: {
      type: 'website',
      url: canonical,
      title: finalTitle,
      description: finalDescription,
      locale,
      images: [
        imageUrl ? { url: absoluteUrl(mediaPath(imageUrl)), alt: image?.alt ?? undefined } : DEFAULT_SHARE_IMAGE,
      ],
    },
  }
}
