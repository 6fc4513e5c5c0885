/**
 * The admin's own texts in the five languages, from messages/admin/<locale>.json: collection and field labels,
 * descriptions, option labels, validation messages and the texts of our admin components. Payload translates
 * its own interface (buttons, menus, dates) from its language packs (payload.config.ts `i18n`).
 */
import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import ar from '../messages/admin/ar.json'
import de from '../messages/admin/de.json'
import en from '../messages/admin/en.json'
import es from '../messages/admin/es.json'
import fr from '../messages/admin/fr.json'
import { keptTranslators, translatorFor } from './translator'
import { defaultLocale, isLocale, type Locale, locales } from './locales'

export type AdminMessages = typeof en
type Tree = { [key: string]: string | Tree }

const messages: Record<Locale, AdminMessages> = { en, de, fr, es, ar }

/** One language's admin texts, whole: for handing a part of them to a client component. */
export const adminMessagesIn = (locale: Locale): AdminMessages => messages[locale]

/** A text in every admin language, as Payload takes a label or description. */
export type Localized = Record<Locale, string>

const lookup = (tree: Tree, path: string): string | Tree | undefined =>
  path
    .split('.')
    .reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree)

/** The text at `path` in every language; a missing one is a mistake in messages/admin, found as the config loads. */
export function adminText(path: string): Localized {
  return Object.fromEntries(
    locales.map((locale) => {
      const text = lookup(messages[locale] as Tree, path)
      if (typeof text !== 'string') throw new Error(`messages/admin/${locale}.json has no text at "${path}"`)
      return [locale, text]
    }),
  ) as Localized
}

/** The admin language in use (a request's or a component's `i18n`: the user's choice), else the default locale. */
export const adminLocaleOf = (i18n: { language?: string } | undefined): Locale => {
  const language = i18n?.language
  return isLocale(language) ? language : defaultLocale
}

/** Formats admin messages (placeholders, plurals) in one language: components, validation messages. */
export const adminTranslator = keptTranslators(messages)

/** A validation message in the language of the admin user who saved (English for scripts and the API). */
export const adminError = (
  req: Pick<PayloadRequest, 'i18n'> | undefined,
  key: keyof AdminMessages['errors'],
  values?: Record<string, string | number>,
) => adminTranslator(adminLocaleOf(req?.i18n))(`errors.${key}`, values)

type Option = { value: string; label: Localized }

/** Select options whose labels are admin texts: `options.<vocabulary>.<value>` in messages/admin. */
export const adminOptions = (vocabulary: keyof AdminMessages['options'], values: readonly string[]): Option[] =>
  values.map((value) => ({ value, label: adminText(`options.${vocabulary}.${value}`) }))

/** Select options labelled as visitors read them on the site (messages/<locale>.json, `namespace.<value>`). */
export const siteOptions = (namespace: string, values: readonly string[]): Option[] =>
  values.map((value) => ({
    value,
    label: Object.fromEntries(
      locales.map((locale) => [locale, translatorFor(locale)(`${namespace}.${value}` as never) as string]),
    ) as Localized,
  }))

/** Select options named by the reader's language itself: languages, currencies or countries by their codes. */
export const namedOptions = (type: 'language' | 'currency' | 'region', codes: readonly string[]): Option[] =>
  codes.map((code) => ({
    value: code,
    label: Object.fromEntries(
      locales.map((locale) => [locale, new Intl.DisplayNames([locale], { type }).of(code) ?? code]),
    ) as Localized,
  }))

/** A field's label in every language, by its path in a collection (`address.city`), for components that name fields. */
export function fieldLabel(collection: string, path: string): Localized {
  const textsPath = textsPathOf({ name: path }, [`fields.${collection}`, 'fields.common'])
  return typeof lookup(en as Tree, textsPath) === 'string' ? adminText(textsPath) : adminText(`${textsPath}._label`)
}

/** Where a field's texts are: its own path in the collection, else the shared fields' (`fields.common`). */
function textsPathOf(field: { name: string }, parents: string[]): string {
  for (const parent of parents) {
    const path = `${parent}.${field.name}`
    if (lookup(en as Tree, path) !== undefined) return path
  }
  throw new Error(`messages/admin/en.json has no texts for the field "${field.name}" at ${parents.join(' or ')}`)
}

/** Gives fields their labels, descriptions and inline option labels in every language, from messages/admin. */
function translateFields(fields: Field[], parents: string[]): Field[] {
  return fields.map((field): Field => {
    if (!('name' in field)) {
      // A row or collapsible has no name of its own: its fields are read under the same parent. A collapsible's
      // title is given where it is declared.
      return 'fields' in field ? ({ ...field, fields: translateFields(field.fields, parents) } as Field) : field
    }
    // A hidden field (such as a row id, or one never sent out) shows no text anywhere.
    if ((field as { hidden?: boolean }).hidden || (field.admin as { hidden?: boolean } | undefined)?.hidden)
      return field
    const path = textsPathOf(field, parents)
    const texts = lookup(en as Tree, path)
    if (typeof texts === 'string') return { ...field, label: adminText(path) } as Field
    const has = (key: string) => texts?.[key] !== undefined
    const translated: Record<string, unknown> = { ...field, label: adminText(`${path}._label`) }
    if (has('_description')) translated.admin = { ...field.admin, description: adminText(`${path}._description`) }
    if (has('_singular')) {
      translated.labels = { singular: adminText(`${path}._singular`), plural: adminText(`${path}._plural`) }
    }
    if (has('_options') && field.type === 'select') {
      translated.options = field.options.map((option) => {
        const value = typeof option === 'string' ? option : option.value
        return { value, label: adminText(`${path}._options.${value}`) }
      })
    }
    if ('fields' in field) translated.fields = translateFields(field.fields, [path])
    return translated as Field
  })
}

/**
 * A collection with its name and every field's texts in the five admin languages: `collections.<slug>` and
 * `fields.<slug>.<field path>` (or `fields.common.<name>`) in messages/admin/<locale>.json.
 */
export function translatedCollection(collection: CollectionConfig): CollectionConfig {
  const { slug } = collection
  return {
    ...collection,
    labels: { singular: adminText(`collections.${slug}.singular`), plural: adminText(`collections.${slug}.plural`) },
    fields: translateFields(collection.fields, [`fields.${slug}`, 'fields.common']),
  }
}
