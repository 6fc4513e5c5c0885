import { defineRouting } from 'next-intl/routing'

import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The URL prefix carries the locale; a cookie would make every page uncacheable by a shared cache.
  localeCookie: false,
  // Alternates come from page metadata, where each locale's own CMS slug is known.
  alternateLinks: false,
})
