/**
 * POST /api/leads as the site's form and integrations call it: validation with per-field localized errors,
 * no mass assignment, size and rate limits, bot defenses, and Idempotency-Key.
 */
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { spamCount } from '../http/rateLimits'
import { CONSENT_VERSION } from '../domain/leadSubmission'
import { translatorFor } from '../i18n/translator'
import { CLINIC_A, CLINIC_B, clinicId } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'
import { fromNewAddress, leadRequest, submitLead } from './helpers/leads'

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

/** A request with every field the form has filled in, for clinic B in German. */
const validLead = (overrides: Record<string, unknown> = {}) =>
  leadRequest({
    clinic: CLINIC_B,
    treatment: 'botulinum-toxin',
    name: 'Mara Schulz',
    phone: '030 12345678',
    preferredContact: 'phone',
    message: 'Frown lines, first visit.',
    marketingOptIn: false,
    locale: 'de',
    attribution: {
      firstTouch: { utm_source: 'newsletter', utm_medium: 'email', landingPage: '/de' },
      lastTouch: { gclid: 'abc123', referrer: 'https://www.google.com/' },
    },
    ...overrides,
  })

const submit = (body: unknown, headers?: Record<string, string>) => submitLead(api, body, headers)

const leadCount = async () => (await payload.count({ collection: 'leads' })).totalDocs

describe('POST /api/leads', () => {
  it('stores a valid request with its clinic, treatment, E.164 phone, consent version, attribution and source', async () => {
    const body = validLead()
    const response = await submit({ ...body, email: body.email.toUpperCase() })
    expect(response.status).toBe(201)
    const lead = await payload.findByID({ collection: 'leads', id: response.json.id, depth: 1 })
    expect(lead).toMatchObject({
      clinic: { slug: CLINIC_B },
      treatment: { slug: 'botulinum-toxin' },
      name: 'Mara Schulz',
      email: body.email,
      phone: '+493012345678',
      preferredContact: 'phone',
      message: 'Frown lines, first visit.',
      locale: 'de',
      status: 'new',
      source: 'google-ads',
      marketingOptIn: false,
      consent: { version: CONSENT_VERSION },
      attribution: {
        firstTouch: { utm_source: 'newsletter', utm_medium: 'email', landingPage: '/de' },
        lastTouch: { gclid: 'abc123', referrer: 'https://www.google.com/' },
      },
    })
    expect(Date.now() - new Date(lead.consent.givenAt).getTime()).toBeLessThan(60_000)
    expect(Date.now() - new Date(lead.createdAt).getTime()).toBeLessThan(60_000)
  })

  it('accepts the clinic by id and stores markup as inert text', async () => {
    const response = await submit(
      validLead({ clinic: await clinicId(payload, CLINIC_A), treatment: undefined, name: '<script>alert(1)</script>' }),
    )
    expect(response.status).toBe(201)
    const lead = await payload.findByID({ collection: 'leads', id: response.json.id, depth: 0 })
    expect(lead.name).toBe('<script>alert(1)</script>')
  })

  /** A request whose visit attribution has one field set, and the field's path, which its error names. */
  const attributionWith = (touch: 'firstTouch' | 'lastTouch', field: string, value: string) =>
    [{ attribution: { [touch]: { [field]: value } } }, `attribution.${touch}.${field}`] as const

  it.each([
    ['a missing name', { name: undefined }, 'name', 'required'],
    ['an invalid email', { email: 'not-an-email' }, 'email', 'invalidEmail'],
    ['an invalid phone', { phone: '12' }, 'phone', 'invalidPhone'],
    ['no consent', { consent: false }, 'consent', 'consentRequired'],
    ['a consent time chosen by the sender', { consent: { givenAt: '2020-01-01' } }, 'consent', 'consentRequired'],
    ['an unknown clinic', { clinic: 'no-such-clinic' }, 'clinic', 'unknownClinic'],
    [
      'a treatment the clinic does not offer',
      { clinic: CLINIC_A, treatment: 'calcium-hydroxylapatite-filler' },
      'treatment',
      'treatmentNotOffered',
    ],
    ['an unknown locale', { locale: 'xx' }, 'locale', 'invalidChoice'],
    ['an unknown contact method', { preferredContact: 'fax' }, 'preferredContact', 'invalidChoice'],
    ['a message that is too long', { message: 'x'.repeat(5001) }, 'message', 'tooLong'],
    ['a status', { status: 'won' }, 'status', 'unexpectedField'],
    ['staff notes', { notes: 'vip' }, 'notes', 'unexpectedField'],
    ['an idempotency key in the body', { idempotencyKey: 'x' }, 'idempotencyKey', 'unexpectedField'],
    ['an unknown attribution field', ...attributionWith('firstTouch', 'owner', 'x'), 'unexpectedField'],
    // PostgreSQL refuses NUL in text, and no UTF-8 can encode half a UTF-16 pair: both once answered 500.
    ['a NUL character in the clinic', { clinic: '\u0000' }, 'clinic', 'invalidCharacters'],
    ['a NUL character in the name', { name: 'Mara\u0000Schulz' }, 'name', 'invalidCharacters'],
    ['half a UTF-16 pair in the message', { message: 'Frown lines \ud83d' }, 'message', 'invalidCharacters'],
    [
      'a NUL character in the attribution',
      ...attributionWith('lastTouch', 'utm_source', '\u0000'),
      'invalidCharacters',
    ],
  ])('refuses %s with a localized error on that field and stores nothing', async (_, overrides, field, code) => {
    const before = await leadCount()
    const response = await submit(validLead(overrides))
    expect(response.status).toBe(400)
    // The answer is in the request's language, or English when the locale itself is wrong.
    const language = field === 'locale' ? 'en' : 'de'
    expect(response.json.errors[field]).toEqual({
      code,
      message: translatorFor(language)(`LeadErrors.${code}` as 'LeadErrors.required'),
    })
    expect(await leadCount()).toBe(before)
  })

  it('follows at once when an owner stops offering a treatment or unpublishes the clinic', async () => {
    expect((await submit(validLead())).status).toBe(201)
    const { docs } = await payload.find({
      collection: 'offerings',
      where: { 'clinic.slug': { equals: CLINIC_B }, 'treatment.slug': { equals: 'botulinum-toxin' } },
      depth: 0,
    })
    await payload.update({ collection: 'offerings', id: docs[0].id, data: { bookable: false } })
    const notOffered = await submit(validLead())
    expect([notOffered.status, notOffered.json.errors.treatment.code]).toEqual([400, 'treatmentNotOffered'])
    await payload.update({ collection: 'offerings', id: docs[0].id, data: { bookable: true } })
    expect((await submit(validLead())).status).toBe(201)

    const clinic = await clinicId(payload, CLINIC_B)
    await payload.update({ collection: 'clinics', id: clinic, data: { _status: 'draft' } })
    const unpublished = await submit(validLead())
    await payload.update({ collection: 'clinics', id: clinic, data: { _status: 'published' } })
    expect([unpublished.status, unpublished.json.errors.clinic.code]).toEqual([400, 'unknownClinic'])
  })

  it('answers in the language of the request', async () => {
    const response = await submit(validLead({ locale: 'ar', email: 'x' }))
    expect(response.json.errors.email.message).toBe(translatorFor('ar')('LeadErrors.invalidEmail'))
  })

  it('answers 400 to a body that is not JSON, and 413 to an oversized one', async () => {
    const broken = await api.request('POST', '/leads', { rawBody: '{"name":', headers: fromNewAddress() })
    expect([broken.status, broken.json.errors.body.code]).toEqual([400, 'invalidJson'])
    const before = await leadCount()
    const huge = await submit(validLead({ message: 'x'.repeat(20_000) }))
    expect(huge.status).toBe(413)
    expect(await leadCount()).toBe(before)
  })

  it('answers 400 to JSON nested too deep to validate, at the top or inside a field', async () => {
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
    for (const rawBody of [
      nested(7000),
      JSON.stringify(validLead()).replace('"consent":true', `"consent":${nested(7000)}`),
    ]) {
      const response = await api.request('POST', '/leads', { rawBody, headers: fromNewAddress() })
      expect([response.status, response.json.errors.body.code]).toEqual([400, 'invalidJson'])
    }
  })

  it('answers 413 to a chunked body over the limit without reading it to the end', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1024))
    let pulled = 0
    const huge = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 32 * 1024 * 1024) return controller.close()
        pulled += chunk.length
        controller.enqueue(chunk)
      },
    })
    const response = await api.request('POST', '/leads', { rawBody: huge, headers: fromNewAddress() })
    expect(response.status).toBe(413)
    expect(response.json.error).toBe(translatorFor('en')('LeadErrors.tooLarge'))
    expect(pulled).toBeLessThan(64 * 1024)
  })

  it('counts bots without storing them: a filled honeypot, a form sent too fast', async () => {
    const before = await leadCount()
    const [honeypotBefore, tooFastBefore] = [await spamCount(payload, 'honeypot'), await spamCount(payload, 'too-fast')]
    expect((await submit(validLead({ website: 'https://spam.example' }))).status).toBe(202)
    expect((await submit(validLead({ startedAt: Date.now() - 500 }))).status).toBe(202)
    expect(await leadCount()).toBe(before)
    expect(await spamCount(payload, 'honeypot')).toBe(honeypotBefore + 1)
    expect(await spamCount(payload, 'too-fast')).toBe(tooFastBefore + 1)
    expect((await submit(validLead({ startedAt: Date.now() - 10_000 }))).status).toBe(201)
  })

  it('limits requests per address with 429 and Retry-After, counted in PostgreSQL', async () => {
    process.env.LEAD_RATE_LIMIT_PER_IP = '3/600'
    try {
      const address = fromNewAddress()
      const statuses = []
      for (let attempt = 0; attempt < 4; attempt += 1) statuses.push((await submit(validLead(), address)).status)
      expect(statuses).toEqual([201, 201, 201, 429])
      const limited = await submit(validLead(), address)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(limited.json.error).toBe(translatorFor('de')('LeadErrors.rateLimited'))
      expect((await submit(validLead())).status).toBe(201)
    } finally {
      delete process.env.LEAD_RATE_LIMIT_PER_IP
    }
  })

  it('limits requests per email address across addresses', async () => {
    process.env.LEAD_RATE_LIMIT_PER_EMAIL = '2/3600'
    try {
      const email = `repeat.${randomUUID()}@example.com`
      const statuses = []
      for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await submit(validLead({ email }))).status)
      expect(statuses).toEqual([201, 201, 429])
    } finally {
      delete process.env.LEAD_RATE_LIMIT_PER_EMAIL
    }
  })

  it('stores one lead for a repeated Idempotency-Key and answers each repeat with it', async () => {
    const key = randomUUID()
    const body = validLead()
    const first = await submit(body, { ...fromNewAddress(), 'Idempotency-Key': key })
    const again = await submit(body, { ...fromNewAddress(), 'Idempotency-Key': key })
    expect([first.status, again.status]).toEqual([201, 201])
    expect(again.json.id).toBe(first.json.id)
    expect((await payload.count({ collection: 'leads', where: { email: { equals: body.email } } })).totalDocs).toBe(1)
  })

  it('stores one lead when the same key arrives many times at once', async () => {
    const key = randomUUID()
    const body = validLead()
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => submit(body, { ...fromNewAddress(), 'Idempotency-Key': key })),
    )
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(201))
    expect(new Set(responses.map((response) => response.json.id)).size).toBe(1)
    expect((await payload.count({ collection: 'leads', where: { email: { equals: body.email } } })).totalDocs).toBe(1)
  })
})
