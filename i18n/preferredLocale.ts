import { match } from '@formatjs/intl-localematcher'

import type { Locale } from './locales'

/** The languages of an Accept-Language header, most wanted first (`de-DE,de;q=0.9,en;q=0.5` → de-DE, de, en). */
function wantedLanguages(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(',')
    .map((entry) => {
      const [tag, ...parameters] = entry.trim().split(';')
      const quality = parameters.map((parameter) => parameter.trim()).find((parameter) => parameter.startsWith('q='))
      return { tag: tag.trim(), weight: quality ? Number(quality.slice(2)) : 1 }
    })
    .filter(({ tag, weight }) => tag !== '' && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .map(({ tag }) => tag)
}

/** The best of `offered` locales for a visitor's Accept-Language, else `fallback`. */
export function preferredLocale(acceptLanguage: string | null, offered: Locale[], fallback: Locale): Locale {
  try {
    return match(wantedLanguages(acceptLanguage ?? ''), offered, fallback) as Locale
  } catch {
    // A malformed language tag (`de_DE!`): the locale matcher refuses the whole list.
    return fallback
  }
}
