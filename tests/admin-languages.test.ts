/**
 * The admin speaks the site's five languages: every collection, field, description and option of ours has its
 * text in each of them (Payload's own fields are translated by its language packs), and a refused save says why
 * in the language of the person who made it.
 */
import type { Field, Payload, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { locales } from '../i18n/locales'
import { CLINIC_A, clinicId, signInAs } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

let payload: Payload
let config: SanitizedConfig
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  config = payload.config
  api = apiClient(Promise.resolve(config))
})

/** Why a label, description or option text is not in all five languages, or undefined when it is. */
function missingLanguages(text: unknown): string | undefined {
  // Payload's own fields (timestamps, upload and account fields) are labelled through its language packs.
  if (typeof text === 'function') return undefined
  if (typeof text !== 'object' || text === null) return `a single text: ${JSON.stringify(text)}`
  const missing = locales.filter((locale) => !(text as Record<string, unknown>)[locale])
  return missing.length > 0 ? `missing ${missing.join(', ')}` : undefined
}

/** Every problem with the texts of these fields, as "path: problem". */
function untranslated(fields: Field[], path: string): string[] {
  return fields.flatMap((field) => {
    const here = 'name' in field ? `${path}.${field.name}` : path
    const problems: string[] = []
    const check = (what: string, text: unknown) => {
      const problem = missingLanguages(text)
      if (problem) problems.push(`${here} ${what}: ${problem}`)
    }
    const admin = field.admin as { hidden?: boolean; disabled?: boolean; description?: unknown } | undefined
    // Payload's own account fields (password hash, reset token, sessions) are hidden and never shown.
    if (('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled) return []
    if ('name' in field) check('label', (field as { label?: unknown }).label)
    if (admin?.description !== undefined) check('description', admin.description)
    if (field.type === 'select') {
      for (const option of field.options) check(`option`, typeof option === 'string' ? option : option.label)
    }
    if (field.type === 'collapsible') check('title', field.label)
    if ('fields' in field) problems.push(...untranslated(field.fields, here))
    return problems
  })
}

describe('the admin in five languages', () => {
  it('has every collection’s name and every field’s label, description and options in each language', () => {
    const problems = config.collections
      .filter((collection) => !collection.slug.startsWith('payload-'))
      .flatMap((collection) => [
        ...[collection.labels.singular, collection.labels.plural].flatMap((label) => {
          const problem = missingLanguages(label)
          return problem ? [`${collection.slug} name: ${problem}`] : []
        }),
        ...untranslated(collection.fields, collection.slug),
      ])
    expect(problems).toEqual([])
  })

  it('offers Payload’s own interface in the same five languages', () => {
    expect(Object.keys(config.i18n.supportedLanguages).sort()).toEqual([...locales].sort())
  })

  it('names options as their reader says them: languages and weekdays in German', () => {
    const clinics = config.collections.find((collection) => collection.slug === 'clinics')!
    const field = (name: string) => clinics.flattenedFields.find((candidate) => candidate.name === name)
    const labelOf = (name: string, value: string) => {
      const options = (field(name) as { options: { value: string; label: Record<string, string> }[] }).options
      return options.find((option) => option.value === value)?.label
    }
    expect(labelOf('languagesSpoken', 'tr')).toMatchObject({ en: 'Turkish', de: 'Türkisch', fr: 'turc' })
    const hours = field('openingHours') as { fields: Field[] }
    const day = hours.fields.find((candidate) => 'name' in candidate && candidate.name === 'day') as {
      options: { value: string; label: Record<string, string> }[]
    }
    expect(day.options.find((option) => option.value === 'monday')?.label).toMatchObject({
      en: 'Monday',
      de: 'Montag',
      ar: 'الاثنين',
    })
  })

  it('refuses an invalid save in the language of the owner who made it', async () => {
    const token = await signInAs(api, 'owner')
    const id = await clinicId(payload, CLINIC_A)
    const save = (language: string) =>
      api.request('PATCH', `/clinics/${id}`, {
        token,
        headers: { 'Accept-Language': language },
        body: { timeZone: 'Mars/Olympus' },
      })
    const german = await save('de-DE,de;q=0.9')
    expect(german.status).toBe(400)
    expect(german.text).toContain('Bitte eine Zeitzone aus der Liste wählen.')
    const arabic = await save('ar')
    expect(arabic.status).toBe(400)
    expect(JSON.stringify(arabic.json)).toMatch(/[\u0600-\u06FF]/)
    expect((await payload.findByID({ collection: 'clinics', id })).timeZone).not.toBe('Mars/Olympus')
  })
})
