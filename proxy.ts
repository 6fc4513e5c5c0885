import createMiddleware from 'next-intl/middleware'

import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Payload's admin and API, Next's internals and files are never locale-rewritten.
  matcher: ['/((?!admin|api|_next|_vercel|.*\\..*).*)'],
}
