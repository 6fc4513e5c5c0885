import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

import pathnames from './i18n/pathnames.json' with { type: 'json' }

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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Hashing every cached page for an ETag costs ~10% of throughput; shared caches work from Cache-Control.
  generateEtags: false,
  images: {
    // Uploaded images are served by Payload; next/image resizes them per screen.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    deviceSizes: [360, 640, 828, 1080, 1600],
    imageSizes: [96, 128, 192, 256, 384],
  },
  rewrites: async () => localizedPaths.map(({ external, internal }) => ({ source: external, destination: internal })),
  redirects: async () =>
    localizedPaths.map(({ external, internal }) => ({ source: internal, destination: external, permanent: true })),
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
