import { draftMode } from 'next/headers'
import type { Endpoint, PayloadRequest, RootLivePreviewConfig } from 'payload'

import { isLocale } from '../i18n/locales'
import { pagePath, type SitePage, sitePages } from './pages'

const SITE = 'http://site.invalid'

/**
 * Only a path of this site (`/de/kliniken/…`), never another host: the endpoint must not be an open redirect.
 * Returned as the URL parser writes it (percent-encoded), since a Location header takes no other characters.
 */
const sitePathOf = (req: PayloadRequest): string | undefined => {
  const path = req.searchParams.get('path') ?? ''
  let url: URL
  try {
    url = new URL(path, SITE)
  } catch {
    return undefined // `//[`: not even a URL
  }
  const sitePath = url.origin === SITE && isLocale(url.pathname.split('/')[1])
  return path.startsWith('/') && sitePath ? url.pathname + url.search + url.hash : undefined
}

const redirectTo = (path: string) => new Response(null, { status: 307, headers: { Location: path } })

/**
 * GET /api/preview?path=…: signed-in staff see that page with the drafts they may read (Next's draft mode),
 * as Payload's live preview and Preview button do. Visitors are refused.
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const path = sitePathOf(req)
    if (!path) return Response.json({ error: 'Expected ?path=/<locale>/…' }, { status: 400 })
    if (!req.user) return Response.json({ error: 'Sign in to preview drafts' }, { status: 401 })
    ;(await draftMode()).enable()
    return redirectTo(path)
  },
}

/** GET /api/preview/exit?path=…: back to the published page. */
export const exitPreviewEndpoint: Endpoint = {
  path: '/preview/exit',
  method: 'get',
  handler: async (req) => {
    ;(await draftMode()).disable()
    return redirectTo(sitePathOf(req) ?? '/')
  },
}

/** The address that opens a page in preview, for Payload's live preview and Preview button. */
export const previewUrl = (origin: string, path: string) => `${origin}/api/preview?path=${encodeURIComponent(path)}`

const pageOf = (collection: string, slug: string): SitePage | undefined => {
  switch (collection) {
    case 'clinics':
      return sitePages.clinic(slug)
    case 'treatments':
      return sitePages.treatment(slug)
    case 'practitioners':
      return sitePages.practitioner(slug)
    case 'articles':
      return sitePages.article(slug)
  }
}

/**
 * Payload's live preview: the document's page in the admin's locale, opened through /api/preview on the
 * admin's own origin (the admin only listens to messages from the preview's origin).
 */
export const livePreview: RootLivePreviewConfig = {
  collections: ['clinics', 'treatments', 'practitioners', 'articles'],
  url: ({ collectionConfig, data, locale, req }) => {
    const page =
      collectionConfig && typeof data.slug === 'string' ? pageOf(collectionConfig.slug, data.slug) : undefined
    return page && isLocale(locale.code) ? previewUrl(req.origin, pagePath(locale.code, page)) : null
  },
  breakpoints: [
    { name: 'phone', label: 'Phone', width: 390, height: 844 },
    { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
  ],
}
