import { translatorFor } from '../../i18n/translator'
import type { Locale } from '../../i18n/locales'
import { formatPrice } from '../../site/format'

/** "from £250" exactly as the PriceFrom component writes it. */
export const priceFromText = (locale: Locale, amount: number, currency: string) =>
  translatorFor(locale)('Price.from', { price: formatPrice(locale, amount, currency) })
