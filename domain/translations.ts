import { defaultLocale, type Locale, locales } from '../i18n/locales'

/** The collections whose documents are pages visitors read, each in every locale. */
export type TranslatedCollection = 'clinics' | 'treatments' | 'practitioners' | 'articles'

/**
 * The localized texts visitors read, by field path (an array's field as `array.field`): `required` ones the page
 * cannot stand without, `optional` ones it shows when they are there. A text missing in a locale is shown in the
 * default locale's words (Payload's fallback) unless a clinic holds such a locale back.
 */
export const visitorTexts: Record<TranslatedCollection, { required: string[]; optional: string[] }> = {
  clinics: { required: ['name', 'summary', 'address.street', 'address.city'], optional: ['description'] },
  treatments: {
    required: ['name', 'substance', 'summary', 'howItWorks'],
    optional: ['body', 'faq.question', 'faq.answer'],
  },
  practitioners: { required: ['jobTitle'], optional: ['bio', 'credentials.title'] },
  articles: { required: ['title', 'slug', 'excerpt'], optional: ['body'] },
}

/** `select` for field paths: `address.street` → `{ address: { street: true } }`. */
export function selectOf(paths: string[]) {
  const select: Record<string, unknown> = {}
  for (const path of paths) {
    const keys = path.split('.')
    let node = select
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>
    node[keys[keys.length - 1]] = true
  }
  return select
}

/** Per locale, the visitor texts a document lacks in it. */
export type TranslationStatus = Record<Locale, { required: string[]; optional: string[] }>

type Localized = Partial<Record<Locale, unknown>>

/** Whether a stored text says nothing: absent, blank, or rich text without a word. */
const isBlank = (value: unknown): boolean => {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  return !/"text":"[^"]*\S/.test(JSON.stringify(value))
}

/** The localized values at `path` in a document read with `locale: 'all'` (one per array row). */
function valuesAt(document: unknown, path: string[]): Localized[] {
  if (document === null || typeof document !== 'object') return [{}]
  const [key, ...rest] = path
  const value = (document as Record<string, unknown>)[key]
  if (rest.length === 0) return [(value ?? {}) as Localized]
  if (Array.isArray(value)) return value.flatMap((row) => valuesAt(row, rest))
  return valuesAt(value, rest)
}

/** What each locale lacks of the document's visitor texts, read from the document in every locale. */
export function translationStatusOf(collection: TranslatedCollection, document: unknown): TranslationStatus {
  const missingIn = (locale: Locale, paths: string[]) =>
    paths.filter((path) => valuesAt(document, path.split('.')).some((values) => isBlank(values[locale])))
  const { required, optional } = visitorTexts[collection]
  return Object.fromEntries(
    locales.map((locale) => [locale, { required: missingIn(locale, required), optional: missingIn(locale, optional) }]),
  ) as TranslationStatus
}

/** What a clinic does with a locale that lacks texts its pages need: show the default locale's, or hold it back. */
export const untranslatedChoices = ['fallback', 'hold'] as const
export type UntranslatedChoice = (typeof untranslatedChoices)[number]

/**
 * The locales a published clinic's pages are shown in: every one, unless the clinic holds back those that lack a
 * text its pages need (the default locale, which every clinic is written in, always shows).
 */
export function clinicLocales(
  clinic: { untranslatedLanguages?: UntranslatedChoice | null },
  status: TranslationStatus,
) {
  if (clinic.untranslatedLanguages !== 'hold') return [...locales]
  return locales.filter((locale) => locale === defaultLocale || status[locale].required.length === 0)
}
