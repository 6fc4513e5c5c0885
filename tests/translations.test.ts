/**
 * What each language of a document lacks (issue 12, point 12): worked out from the document in every locale,
 * shown to staff only.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { clinicLocales, translationStatusOf } from '../domain/translations'
import { signInAs } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { newDocumentData } from './helpers/documents'
import { apiClient } from './helpers/http'

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

const richText = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: text ? [{ type: 'text', text }] : [] }] },
})

describe('the translation status of a document', () => {
  it('names, per locale, the required and the optional visitor texts it lacks, array rows and rich text included', () => {
    const status = translationStatusOf('treatments', {
      name: { en: 'Botulinum toxin', de: 'Botulinumtoxin' },
      substance: { en: 'Botulinum toxin type A', de: 'Botulinumtoxin Typ A' },
      summary: { en: 'Relaxes muscles.', de: '  ' },
      howItWorks: { en: 'Blocks nerve signals.', de: 'Blockiert Nervensignale.' },
      body: { en: richText('More.'), de: richText('') },
      faq: [
        { question: { en: 'Does it hurt?', de: 'Tut es weh?' }, answer: { en: 'Little.', de: 'Kaum.' } },
        { question: { en: 'How long?', de: 'Wie lange?' }, answer: { en: 'Months.' } },
      ],
    })
    expect(status.en).toEqual({ required: [], optional: [] })
    expect(status.de).toEqual({ required: ['summary'], optional: ['body', 'faq.answer'] })
    expect(status.ar).toEqual({
      required: ['name', 'substance', 'summary', 'howItWorks'],
      optional: ['body', 'faq.question', 'faq.answer'],
    })
  })

  it('decides the locales a clinic is shown in: all, or those with its required texts when it holds back', () => {
    const clinic = {
      name: { en: 'Lumen Paris', fr: 'Lumen Paris' },
      summary: { en: 'A clinic.', fr: 'Une clinique.' },
      address: { street: { en: '1 rue X', fr: '1 rue X' }, city: { en: 'Paris', fr: 'Paris', de: 'Paris' } },
    }
    const status = translationStatusOf('clinics', clinic)
    expect(clinicLocales({ untranslatedLanguages: 'fallback' }, status)).toEqual(['en', 'de', 'fr', 'es', 'ar'])
    expect(clinicLocales({ untranslatedLanguages: 'hold' }, status)).toEqual(['en', 'fr'])
  })
})

describe('the translation status over the API', () => {
  it('is read by staff, worked out from the saved texts in every locale, and never sent to visitors', async () => {
    const clinic = await payload.create({
      collection: 'clinics',
      data: (await newDocumentData(payload, 'clinics', 0)) as never,
    })
    const token = await signInAs(api, 'admin')
    const statusOf = async () => (await api.request('GET', `/clinics/${clinic.id}`, { token })).json.translationStatus
    expect((await statusOf()).de).toEqual({
      required: ['name', 'summary', 'address.street', 'address.city'],
      optional: ['description'],
    })

    await payload.update({
      collection: 'clinics',
      id: clinic.id,
      locale: 'de',
      data: { name: 'Testklinik', summary: 'Eine Klinik.', address: { street: 'Hauptstraße 1', city: 'Köln' } },
    })
    expect((await statusOf()).de).toEqual({ required: [], optional: ['description'] })
    expect((await statusOf()).fr.required).toHaveLength(4)

    const visitor = await api.request('GET', `/clinics/${clinic.id}`)
    expect(visitor.status).toBe(200)
    expect(visitor.json).not.toHaveProperty('translationStatus')
    // Nor can anyone set it.
    const written = await api.request('PATCH', `/clinics/${clinic.id}`, {
      token,
      body: { translationStatus: { de: { required: [], optional: [] } } },
    })
    expect(written.status).toBe(200)
    expect((await statusOf()).fr.required).toHaveLength(4)
    await payload.delete({ collection: 'clinics', id: clinic.id })
  })
})
