import type { Locale } from '../i18n/locales'

// Prices, dates and names in the page's locale, with the standard Intl formatters.

export const formatPrice = (locale: Locale, amount: number, currency: string): string =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount)

export const formatDate = (locale: Locale, isoDate: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(isoDate))

export const formatList = (locale: Locale, items: string[]): string =>
  new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items)

export const languageName = (locale: Locale, code: string): string =>
  new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code

/** The languages someone speaks ("de", "tr"), named and listed in the page's locale: "German and Turkish". */
export const spokenLanguages = (locale: Locale, codes: string[]): string =>
  formatList(
    locale,
    codes.map((code) => languageName(locale, code)),
  )

export const countryName = (locale: Locale, code: string): string =>
  new Intl.DisplayNames(locale, { type: 'region' }).of(code) ?? code

/** "09:00" as the locale writes a time of day. */
export const formatTimeOfDay = (locale: Locale, time: string): string => {
  const [hours, minutes] = time.split(':').map(Number)
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2000, 0, 1, hours, minutes),
  )
}

export const sentenceCase = (locale: Locale, text: string): string =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)

/** A tel: link for a phone number as people write it ("+44 20 7946 0321"). */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+\d]/g, '')}`
