import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'
import pathnames from './pathnames.json'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The URL prefix carries the locale; a cookie would make every page uncacheable by a shared cache.
  localeCookie: false,
  // Alternates come from page metadata, where each locale's own CMS slug is known.
  alternateLinks: false,
  // The fixed words of each address, per locale (the app folders use the English ones). In JSON because
  // next.config.mjs turns them into rewrites, so locale-prefixed pages never pass through the proxy.
  pathnames,
})
