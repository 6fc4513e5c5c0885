import { withPayload } from '@payloadcms/next/withPayload'
import { fileURLToPath } from 'node:url'
import createNextIntlPlugin from 'next-intl/plugin'

import pathnames from './i18n/pathnames.json' with { type: 'json' }
import { HOST_NAME_PATTERN, platformHostPattern, platformUrl } from './domain/hosts.mjs'
import { CLINIC_DOMAIN_ROUTES, CLINIC_SITE_FOLDER, NO_SITE_FOLDER, onClinicDomain } from './site/clinicDomainRoutes.mjs'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** `/clinics/[clinic]` → `/clinics/:clinic`, the pattern syntax of rewrites and redirects. */
const pattern = (path) => path.replace(/\[(\w+)\]/g, ':$1')

// Each locale's path words (/de/kliniken/…) map to the app folders (/de/clinics/…) here rather than in the
// proxy: config rewrites cost the server next to nothing, and cached pages are served at full speed.
// The folder address in a locale with other words redirects to that locale's own address.
const localizedPaths = Object.entries(pathnames).flatMap(([internal, perLocale]) =>
  typeof perLocale === 'string'
    ? []
    : Object.entries(perLocale)
        .filter(([, external]) => external !== internal)
        .map(([locale, external]) => ({
          external: `/${locale}${pattern(external)}`,
          internal: `/${locale}${pattern(internal)}`,
        })),
)

// The site's locales, as every localized route lists them (i18n/locales.ts is TypeScript, which this file cannot load).
const locales = Object.keys(pathnames['/clinics/[clinic]'])

// A request for another host than the platform's is for a clinic's own domain: the host names the clinic. Only a
// host name is taken into an internal path (never `..` or a slash); any other Host gets the platform's pages.
const onClinicHost = {
  has: [{ type: 'host', value: `(?<domain>${HOST_NAME_PATTERN})` }],
  missing: [{ type: 'host', value: platformHostPattern() }],
}

// Any other Host (`evil_host`, a name with a trailing dot) is neither the platform nor a clinic: its 404, whatever
// the address, never the platform's pages under another name.
const onNoSiteHost = {
  has: [{ type: 'host', value: '.+' }],
  missing: [
    { type: 'host', value: platformHostPattern() },
    { type: 'host', value: HOST_NAME_PATTERN },
  ],
}

// The 404 of no site, in English: the proxy has already sent a page's request there in its language (an address
// not excluded below), and these rules keep everything else (the admin, the API) from such a host.
const NO_SITE_PAGE = `${NO_SITE_FOLDER}/en`
const NOT_NO_SITE = `(?!${NO_SITE_FOLDER.slice(1)}/)`

// A request with no Host (or an empty one) names no site either, save one: next/image fetches an upload through the
// app with no headers at all, so `/api/media/file/…` must reach Payload.
const NO_HOST_OUTSIDE_UPLOADS = {
  source: `/:path(${NOT_NO_SITE}(?!api/media/file/).*)`,
  missing: [{ type: 'host', value: '.+' }],
}

const withLocale = (locale, path) => (path === '/' ? `/${locale}` : `/${locale}${path}`)

// A clinic's domain shows its own pages from app/(clinic-site), in each locale's words without the clinic
// (/de/botox-oder-filler); any other address there is its 404, never another clinic's or the platform's page.
const clinicDomainPaths = [
  ...CLINIC_DOMAIN_ROUTES.filter((route) => route !== '/clinics/[clinic]').flatMap((route) =>
    locales.map((locale) => {
      const words = typeof pathnames[route] === 'string' ? pathnames[route] : pathnames[route][locale]
      return {
        source: withLocale(locale, pattern(onClinicDomain(words))),
        destination: `${CLINIC_SITE_FOLDER}/:domain${withLocale(locale, pattern(onClinicDomain(route)))}`,
        ...onClinicHost,
      }
    }),
  ),
  {
    source: `/:locale(${locales.join('|')})/:path*`,
    destination: `${CLINIC_SITE_FOLDER}/:domain/:locale/not-a-page`,
    ...onClinicHost,
  },
  // The platform's sitemap parts are not the domain's.
  { source: '/sitemap/:part', destination: `${CLINIC_SITE_FOLDER}/:domain/en/not-a-page`, ...onClinicHost },
  ...['/sitemap.xml', '/robots.txt'].map((file) => ({
    source: file,
    destination: `${CLINIC_SITE_FOLDER}/:domain${file}`,
    ...onClinicHost,
  })),
  { source: `/:path(${NOT_NO_SITE}.*)`, destination: NO_SITE_PAGE, ...onNoSiteHost },
  { ...NO_HOST_OUTSIDE_UPLOADS, destination: NO_SITE_PAGE },
]

/** A Content-Security-Policy header from directive → sources. */
const contentSecurityPolicy = (directives) => ({
  key: 'Content-Security-Policy',
  value: Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; '),
})

// Public pages are prerendered and shared by everyone, so they cannot carry a per-request nonce, and their inline
// scripts (Next's bootstrap and the page's RSC payload, `self.__next_f.push(…)`) change with the content, so no
// fixed list of hashes fits them. Inline scripts stay allowed; everything else comes from this site only, and
// nothing may be evaluated from strings (`eval`: React needs it in development only).
const siteDirectives = () => ({
  'default-src': ["'self'"],
  'script-src': ["'self'", "'unsafe-inline'", ...(process.env.NODE_ENV === 'development' ? ["'unsafe-eval'"] : [])],
  // next/image sets a style attribute on every image, and Next's built-in error pages carry a <style>.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'form-action': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  // The admin's live preview shows the pages in a frame (frame-src falls back to default-src); no other site may.
  'frame-ancestors': ["'self'"],
})

// The API answers data and uploaded files, never pages: nothing in a response may run, load or be framed by
// another site, so an uploaded SVG opened directly cannot run a script on this origin.
const apiDirectives = {
  'default-src': ["'none'"],
  'img-src': ["'self'"],
  'style-src': ["'unsafe-inline'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'self'"],
}

/** Headers for every response; the policy of the path's part of the platform is added by `securityHeaders`. */
const commonHeaders = () => [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Production is served over https (behind a proxy that terminates TLS, the app itself may see plain http, so
  // this cannot depend on the request); a browser ignores the header on a plain-http response.
  ...(process.env.NODE_ENV === 'production' ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }] : []),
]

/** Security headers per part of the platform. Later rules override earlier ones for the same header. */
const securityHeaders = () => [
  { source: '/:path*', headers: [...commonHeaders(), contentSecurityPolicy(siteDirectives())] },
  // Payload's admin also shows previews of the images being uploaded (blob:, data:).
  {
    source: '/admin/:path*',
    headers: [contentSecurityPolicy({ ...siteDirectives(), 'img-src': ["'self'", 'blob:', 'data:'] })],
  },
  { source: '/api/:path*', headers: [contentSecurityPolicy(apiDirectives)] },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The cluster tests build into their own folder beside the other browser tests' build (tests/cluster.test.ts).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Hashing every cached page for an ETag costs ~10% of throughput; shared caches work from Cache-Control.
  generateEtags: false,
  images: {
    // Uploaded images are served by Payload; next/image resizes them per screen.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    deviceSizes: [360, 640, 828, 1080, 1600],
    imageSizes: [96, 128, 192, 256, 384],
  },
  // Several instances share one page cache in Redis (site/pageCache.mjs), and none keeps pages in its own memory,
  // where an edit revalidated on another instance would never reach them.
  ...(process.env.REDIS_URL
    ? { cacheHandler: fileURLToPath(new URL('./site/pageCache.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
    : {}),
  headers: async () => securityHeaders(),
  rewrites: async () => ({
    beforeFiles: clinicDomainPaths,
    afterFiles: localizedPaths.map(({ external, internal }) => ({ source: external, destination: internal })),
    fallback: [],
  }),
  redirects: async () => [
    // Staff sign in on the platform's own host: its session cookie is never sent to a clinic's domain.
    { source: '/admin/:path*', destination: `${platformUrl()}/admin/:path*`, permanent: false, ...onClinicHost },
    ...localizedPaths.map(({ external, internal }) => ({ source: internal, destination: external, permanent: true })),
  ],
}

const withPayloadConfig = withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })

/** The client-hint headers withPayload adds for the admin's colour scheme. */
const isAdminColorSchemeRule = (rule) => rule.headers.some((header) => header.key === 'Critical-CH')

const config = {
  ...withPayloadConfig,
  // withPayload sends its colour-scheme client hints on every path. Only the admin uses them: on public pages
  // `Critical-CH` makes Chromium fetch a first visit twice, and `Vary` splits every shared cache's entries.
  headers: async () =>
    (await withPayloadConfig.headers()).map((rule) =>
      isAdminColorSchemeRule(rule) ? { ...rule, source: '/admin/:path*' } : rule,
    ),
}

export default config
