import { withPayload } from '@payloadcms/next/withPayload'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./i18n/request.ts')

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  images: {
    // Uploaded images are served by Payload; next/image resizes them per screen.
    localPatterns: [{ pathname: '/api/media/file/**' }],
    deviceSizes: [360, 640, 828, 1080, 1600],
    imageSizes: [96, 128, 192, 256, 384],
  },
}

export default withPayload(withNextIntl(nextConfig), { devBundleServerPackages: false })
