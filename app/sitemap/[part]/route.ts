import { sitemapEntries } from '@/queries/sitemap'
import { sitemapPartCount, sitemapPartFile, sitemapPartIndex, sitemapPartXml, xmlResponse } from '@/site/sitemap'

// Like /sitemap.xml: rendered at build (and a part added since, on its first request), kept until content changes.
export const dynamic = 'force-static'

type Props = { params: Promise<{ part: string }> }

export const generateStaticParams = async () =>
  Array.from({ length: sitemapPartCount(await sitemapEntries()) }, (_, index) => ({ part: sitemapPartFile(index) }))

/** One part of a sitemap too large for one file: /sitemap/0.xml, /sitemap/1.xml, … */
export async function GET(_request: Request, { params }: Props) {
  const index = sitemapPartIndex((await params).part)
  const xml = index === undefined ? undefined : sitemapPartXml(await sitemapEntries(), index)
  return xml === undefined ? new Response('Not Found', { status: 404 }) : xmlResponse(xml)
}
