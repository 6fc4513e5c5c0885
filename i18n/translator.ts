import { createTranslator } from 'next-intl'

import ar from '../messages/ar.json'
import de from '../messages/de.json'
import en from '../messages/en.json'
import es from '../messages/es.json'
import fr from '../messages/fr.json'
import { formatPrice } from '../site/format'
import type { Locale } from './locales'

const messages: Record<Locale, typeof en> = { en, de, fr, es, ar }

/** A locale's messages outside pages: API answers, tests and benchmarks. */
export const translatorFor = (locale: Locale) => createTranslator({ locale, messages: messages[locale] })

/** "from £250" exactly as the PriceFrom component writes it. */
export const priceFromText = (locale: Locale, amount: number, currency: string) =>
  translatorFor(locale)('Price.from', { price: formatPrice(locale, amount, currency) })
