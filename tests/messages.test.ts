/** Every user-visible string comes from messages/*.json, and every locale has all of them. */
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

const load = (locale: string) =>
  flatten(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'messages', `${locale}.json`), 'utf8')))

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

describe('message files', () => {
  const reference = load(defaultLocale)

  it.each(locales)('%s has exactly the keys of the default locale, none empty', (locale) => {
    const messages = load(locale)
    expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort())
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), `${locale} ${key}`).not.toBe('')
  })

  it.each(locales.filter((locale) => locale !== defaultLocale))(
    '%s is translated, not copied from English',
    (locale) => {
      const messages = load(locale)
      for (const [key, text] of Object.entries(messages)) {
        if (!sameAsEnglish[locale].has(key)) expect(text, `${locale} ${key}`).not.toBe(reference[key])
      }
    },
  )
})
