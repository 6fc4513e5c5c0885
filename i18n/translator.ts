import { readFileSync } from 'node:fs'
import path from 'node:path'
import { createTranslator } from 'next-intl'

import type enMessages from '../messages/en.json'
import { formatPrice } from '../site/format'
import type { Locale } from './locales'

/** A locale's messages outside Next (tests and benchmarks), to expect exactly the text a page shows. */
export const messagesFor = (locale: Locale): typeof enMessages =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'messages', `${locale}.json`), 'utf8'))

export const translatorFor = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale) })

/** "from £250" exactly as the PriceFrom component writes it. */
export const priceFromText = (locale: Locale, amount: number, currency: string) =>
  translatorFor(locale)('Price.from', { price: formatPrice(locale, amount, currency) })
