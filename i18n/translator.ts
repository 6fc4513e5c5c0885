import { createTranslator } from 'next-intl'

import ar from '../messages/ar.json'
import de from '../messages/de.json'
import en from '../messages/en.json'
import es from '../messages/es.json'
import fr from '../messages/fr.json'
import { formatPrice } from '../site/format'
import type { Locale } from './locales'

const messages: Record<Locale, typeof en> = { en, de, fr, es, ar }

const translators = new Map<Locale, ReturnType<typeof createTranslator<typeof en>>>()

/**
 * A locale's messages outside pages: API answers, mails, tests and benchmarks. One translator per locale, kept:
 * it caches each message's compiled format, which the job worker would otherwise redo for every mail.
 */
export function translatorFor(locale: Locale) {
  let translator = translators.get(locale)
  if (!translator) {
    translator = createTranslator({ locale, messages: messages[locale] })
    translators.set(locale, translator)
  }
  return translator
}

/** "from £250" exactly as the PriceFrom component writes it. */
export const priceFromText = (locale: Locale, amount: number, currency: string) =>
  translatorFor(locale)('Price.from', { price: formatPrice(locale, amount, currency) })
