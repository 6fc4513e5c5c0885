import { absoluteUrl } from '@/site/pages'
import { robotsTxt } from '@/site/sitemap'

export const dynamic = 'force-static'

/** The platform's robots.txt, naming its sitemap: every URL, or the index of its parts (site/sitemap.ts). */
export function GET() {
  return new Response(robotsTxt(absoluteUrl('/sitemap.xml')), { headers: { 'Content-Type': 'text/plain' } })
}
