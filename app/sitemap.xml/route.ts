import { sitemapEntries } from '@/queries/sitemap'
import { sitemapXml, xmlResponse } from '@/site/sitemap'

// Rendered at build and kept until content changes: the collection hooks revalidate it (site/revalidate.ts).
export const dynamic = 'force-static'

/** Every localized page while they fit one file, else the index of the sitemap's parts (site/sitemap.ts). */
export async function GET() {
  return xmlResponse(sitemapXml(await sitemapEntries()))
}
