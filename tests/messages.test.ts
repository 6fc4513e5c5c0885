/**
 * Every user-visible string comes from messages/*.json (the site) and messages/admin/*.json (the admin), and
 * every locale has all of them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { defaultLocale, locales } from '../i18n/locales'

type Messages = { [key: string]: string | Messages }

const flatten = (messages: Messages, prefix = ''): Record<string, string> =>
  Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )

const load = (folder: string, locale: string) =>
  flatten(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', folder, `${locale}.json`), 'utf8')))

// Texts that really are the same as in English: the brand and a bare placeholder pattern in every
// Latin-script locale (with a product name), and words the language shares with English.
const latinScriptSame = ['Site.name', 'Treatment.atClinic', 'LeadForm.contact_whatsapp']
const sameAsEnglish: Record<string, Set<string>> = {
  de: new Set([...latinScriptSame, 'Downtime.minimal']),
  fr: new Set([
    ...latinScriptSame,
    'Site.articles',
    'Articles.title',
    'Pagination.label',
    'Clinic.contact',
    'Practitioner.credentials',
    'Tag.consultation',
    'RareRisk.infection',
  ]),
  es: new Set(latinScriptSame),
  ar: new Set(),
}

// Query parameter names and a brand stay as they are in the admin, in every language.
const adminTokens = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'].flatMap((name) => [
  `fields.leads.attribution.firstTouch.${name}`,
  `fields.leads.attribution.lastTouch.${name}`,
])
const adminSameAsEnglish: Record<string, Set<string>> = {
  de: new Set([...adminTokens, 'options.contactMethods.whatsapp', 'fields.common.name']),
  fr: new Set([
    ...adminTokens,
    'options.contactMethods.whatsapp',
    'collections.articles.singular',
    'collections.articles.plural',
    'collections.media.singular',
    'collections.media.plural',
    'fields.common.meta.description',
    'fields.clinics.comparisonMeta.description',
    'fields.clinics.geo.latitude',
    'fields.clinics.geo.longitude',
    'fields.clinics.logo',
    'fields.treatments.faq.question',
    'fields.leads.message',
    'fields.leads.source._label',
    'leads.dashboard.source',
  ]),
  es: new Set([...adminTokens, 'options.contactMethods.whatsapp']),
  ar: new Set([...adminTokens, 'options.contactMethods.whatsapp']),
}

describe.each([
  { folder: 'messages', sameAs: sameAsEnglish },
  { folder: 'messages/admin', sameAs: adminSameAsEnglish },
])('$folder', ({ folder, sameAs }) => {
  const reference = load(folder, defaultLocale)

  it.each(locales)('%s has exactly the keys of the default locale, none empty', (locale) => {
    const messages = load(folder, locale)
    expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort())
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${locale} ${key}`).not.toBe('')
  })

  it.each(locales.filter((locale) => locale !== defaultLocale))(
    '%s is translated, not copied from English',
    (locale) => {
      const messages = load(folder, locale)
      for (const [key, text] of Object.entries(messages)) {
        if (!sameAs[locale].has(key)) expect(text, `${locale} ${key}`).not.toBe(reference[key])
      }
    },
  )

  it.each(locales)('%s keeps the placeholders of each English text', (locale) => {
    const messages = load(folder, locale)
    // Plural branches differ by language; the arguments a text is given must not.
    const argumentsOf = (text: string) => [...new Set(text.match(/\{(\w+)[,}]/g) ?? [])].sort()
    for (const [key, text] of Object.entries(reference)) {
      expect(argumentsOf(messages[key]), `${locale} ${key}`).toEqual(argumentsOf(text))
    }
  })
})
