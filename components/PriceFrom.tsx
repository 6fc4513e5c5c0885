import { getTranslations } from 'next-intl/server'

import type { Locale } from '../i18n/locales'
import type { Offering } from '../payload-types'
import { formatPrice } from '../site/format'

type Props = {
  locale: Locale
  offering: Pick<Offering, 'priceFrom' | 'currency'>
  /** False where the price may not be promoted (see domain/advertising.ts). */
  promote?: boolean
}

/** "from £250" in the page's locale and the offering's currency. */
export async function PriceFrom({ locale, offering, promote = true }: Props) {
  const t = await getTranslations({ locale, namespace: 'Price' })
  if (!promote || !offering.currency) return <span className="price">{t('onConsultation')}</span>
  return (
    <span className="price">{t('from', { price: formatPrice(locale, offering.priceFrom, offering.currency) })}</span>
  )
}
