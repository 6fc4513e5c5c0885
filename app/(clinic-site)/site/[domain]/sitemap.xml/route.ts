import { domainSitemapEntries } from '@/queries/sitemap'
import { urlsetXml, xmlResponse } from '@/site/sitemap'

// Like the platform's: rendered once per domain, kept until content changes (site/revalidate.ts).
export const dynamic = 'force-static'

type Props = { params: Promise<{ domain: string }> }

export const generateStaticParams = () => []

/** A clinic's own domain's sitemap: only its pages, at their addresses there. One clinic's pages fit one file. */
export async function GET(_request: Request, { params }: Props) {
  const entries = await domainSitemapEntries((await params).domain)
  return entries ? xmlResponse(urlsetXml(entries)) : new Response('Not Found', { status: 404 })
}
