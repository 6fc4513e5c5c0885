import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

/**
 * Only addresses without a locale pass through here, to be redirected by Accept-Language. Locale-prefixed
 * pages skip the proxy (next.config.mjs maps their localized words), which keeps cached pages fast.
 */
export default createMiddleware(routing)

export const config = {
  // Next reads this literally, so the locales are spelled out; tests/routing.test.ts keeps them in step.
  // Payload's admin and API, Next's internals and files are never locale-redirected either.
  matcher: ['/((?!(?:en|de|fr|es|ar)(?:/|$)|admin|api|_next|_vercel|.*\\..*).*)'],
}
