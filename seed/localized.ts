import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { type Locale, locales } from '../i18n/locales'

/** A value written once per locale. Seed content is typed with it so no locale can be forgotten. */
export type Localized<T = string> = Record<Locale, T>

const isLocalized = (value: unknown): value is Localized<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === locales.length &&
  locales.every((locale) => locale in value)

type InLocale<T> =
  T extends Localized<infer V>
    ? V
    : T extends (infer E)[]
      ? InLocale<E>[]
      : T extends object
        ? { [K in keyof T]: InLocale<T[K]> }
        : T

/** Picks one locale's text from every localized value inside `value`, leaving other values as they are. */
export function inLocale<T>(value: T, locale: Locale): InLocale<T> {
  if (isLocalized(value)) return value[locale] as InLocale<T>
  if (Array.isArray(value)) return value.map((entry) => inLocale(entry, locale)) as InLocale<T>
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, inLocale(entry, locale)]),
    ) as InLocale<T>
  }
  return value as InLocale<T>
}

/** Lexical rich text made of plain paragraphs. */
export const richText = (paragraphs: string[]): SerializedEditorState =>
  ({
    root: {
      type: 'root',
      direction: null,
      format: '',
      indent: 0,
      version: 1,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      })),
    },
  }) as unknown as SerializedEditorState

/** Localized paragraphs turned into localized rich text. */
export const localizedRichText = (paragraphs: Localized<string[]>): Localized<SerializedEditorState> =>
  Object.fromEntries(
    locales.map((locale) => [locale, richText(paragraphs[locale])]),
  ) as Localized<SerializedEditorState>
