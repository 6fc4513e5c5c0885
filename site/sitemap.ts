import { absoluteUrl } from './pages'

/** One localized page in the sitemap: its address and every locale's address of it (plus `x-default`). */
export type SitemapEntry = { url: string; alternates: Record<string, string> }

/**
 * URLs per sitemap file. The protocol allows 50 000 URLs and 50 MB; each of our entries carries its six hreflang
 * alternates (about 0.8 kB), so 50 000 would come close to the byte limit. 10 000 keeps a file near 8 MB, quick
 * to render after an edit and to fetch.
 */
export const SITEMAP_URLS_PER_FILE = 10_000

/** The file name of part `index` (from 0) of a split sitemap, and its address (app/sitemap/[part]/route.ts). */
export const sitemapPartFile = (index: number) => `${index}.xml`
export const sitemapPartPath = (index: number) => `/sitemap/${sitemapPartFile(index)}`

/**
 * At most this many parts (a million URLs): each part address is rendered and cached on its first request, even one
 * past the last part (its 404), so the addresses anyone can ask for stay few.
 */
export const MAX_SITEMAP_PARTS = 100

/** A part's index from its file name ("3.xml"), or undefined for anything else. */
export function sitemapPartIndex(segment: string): number | undefined {
  const match = /^(0|[1-9]\d*)\.xml$/.exec(segment)
  const index = match ? Number(match[1]) : undefined
  return index !== undefined && index < MAX_SITEMAP_PARTS ? index : undefined
}

/**
 * The route of every part, as Next tags it, for revalidation: a route handler carries a layout tag of each of its
 * folders (site/revalidate.ts revalidates a pattern as a layout).
 */
export const SITEMAP_PARTS_ROUTE = '/sitemap/[part]'

/** The entries in files of at most `perFile`; always at least one file. */
export function splitSitemap(entries: SitemapEntry[], perFile = SITEMAP_URLS_PER_FILE): SitemapEntry[][] {
  const parts: SitemapEntry[][] = []
  for (let start = 0; start < entries.length; start += perFile) parts.push(entries.slice(start, start + perFile))
  return parts.length > 0 ? parts : [[]]
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** A `<urlset>` with each entry's alternates as `xhtml:link`s. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map(({ url, alternates }) =>
    [
      '<url>',
      `<loc>${escapeXml(url)}</loc>`,
      ...Object.entries(alternates).map(
        ([language, href]) => `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeXml(href)}" />`,
      ),
      '</url>',
    ].join('\n'),
  )
  return `${XML_DECLARATION}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`
}

/** A `<sitemapindex>` naming `count` parts. */
export function sitemapIndexXml(count: number): string {
  const parts = Array.from(
    { length: count },
    (_, index) => `<sitemap>\n<loc>${escapeXml(absoluteUrl(sitemapPartPath(index)))}</loc>\n</sitemap>`,
  )
  return `${XML_DECLARATION}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join('\n')}\n</sitemapindex>\n`
}

/** How many parts the sitemap is split into: none while it fits one file. */
export const sitemapPartCount = (entries: SitemapEntry[], perFile = SITEMAP_URLS_PER_FILE): number => {
  const parts = splitSitemap(entries, perFile).length
  return parts > 1 ? parts : 0
}

/**
 * What /sitemap.xml serves: every URL while they fit one file, else an index of the parts. Search engines read
 * either at the address robots.txt names, so a site that grows past one file keeps its sitemap address.
 */
export const sitemapXml = (entries: SitemapEntry[], perFile = SITEMAP_URLS_PER_FILE): string => {
  const parts = sitemapPartCount(entries, perFile)
  return parts === 0 ? urlsetXml(entries) : sitemapIndexXml(parts)
}

/** Part `index` of the split sitemap, or undefined when there is no such part (a sitemap that fits one file has none). */
export function sitemapPartXml(
  entries: SitemapEntry[],
  index: number,
  perFile = SITEMAP_URLS_PER_FILE,
): string | undefined {
  return index < sitemapPartCount(entries, perFile) ? urlsetXml(splitSitemap(entries, perFile)[index]) : undefined
}

export const xmlResponse = (xml: string) => new Response(xml, { headers: { 'Content-Type': 'application/xml' } })

/** robots.txt of a host: everything but the admin and the API may be crawled, and where its sitemap is. */
export const robotsTxt = (sitemapUrl: string) =>
  ['User-Agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', '', `Sitemap: ${sitemapUrl}`, ''].join('\n')
