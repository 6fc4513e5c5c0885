import type { MetadataRoute } from 'next'

import { absoluteUrl } from '@/site/pages'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] },
    // Every URL, or the index of the sitemap's parts once they no longer fit one file (site/sitemap.ts).
    sitemap: absoluteUrl('/sitemap.xml'),
  }
}
