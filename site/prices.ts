import type { Locale } from '../i18n/locales'
import type { Offering } from '../payload-types'
import { formatPrice } from './format'

/** schema.org priceRange: the lowest and highest "from" price of a clinic, e.g. "£250–£450". */
export function clinicPriceRange(locale: Locale, offerings: Pick<Offering, 'priceFrom' | 'currency'>[]) {
  const priced = offerings.filter((offering) => offering.currency)
  if (priced.length === 0) return undefined
  const amounts = priced.map((offering) => offering.priceFrom)
  const currency = priced[0].currency!
  const [low, high] = [Math.min(...amounts), Math.max(...amounts)]
  return low === high
    ? formatPrice(locale, low, currency)
    : `${formatPrice(locale, low, currency)}–${formatPrice(locale, high, currency)}`
}
