/** What the public may send as a consultation request (the site's form and POST /api/leads), without a database. */
import { describe, expect, it } from 'vitest'

import { normalizePhone, parseLeadSubmission } from '../../domain/leadSubmission'
import { leadRequest } from '../helpers/leads'

const request = leadRequest({ name: 'Anna Schmidt' })

const errorsOf = (input: unknown) => {
  const result = parseLeadSubmission(input)
  if (result.success) throw new Error(`accepted: ${JSON.stringify(result.data)}`)
  return result.errors
}

describe('parseLeadSubmission', () => {
  it('accepts a complete request and stores the email in lower case, the name without stray spaces', () => {
    const result = parseLeadSubmission({
      ...request,
      treatment: 12,
      name: '  Anna Schmidt ',
      email: 'Anna.Schmidt@Example.COM',
      phone: ' 030 1234567 ',
      preferredContact: 'whatsapp',
      message: ' Is Saturday possible? ',
      marketingOptIn: true,
      startedAt: 1_767_225_600_000,
    })
    expect(result).toEqual({
      success: true,
      data: {
        ...request,
        treatment: 12,
        email: 'anna.schmidt@example.com',
        phone: '030 1234567',
        preferredContact: 'whatsapp',
        message: 'Is Saturday possible?',
        marketingOptIn: true,
        startedAt: 1_767_225_600_000,
      },
    })
  })

  it('asks to be contacted by email and sends no marketing unless the visitor chose otherwise', () => {
    const result = parseLeadSubmission(request)
    expect(result.success && result.data).toMatchObject({ preferredContact: 'email', marketingOptIn: false })
  })

  it('refuses a request without consent, or with anything but an explicit yes', () => {
    const { consent: _, ...withoutConsent } = request
    expect(errorsOf(withoutConsent)).toEqual({ consent: 'consentRequired' })
    for (const consent of [false, 'true', 'on', 1])
      expect(errorsOf({ ...request, consent })).toEqual({ consent: 'consentRequired' })
  })

  it('says which field is missing or wrong, one code per field', () => {
    expect(errorsOf({ ...request, email: 'anna.example.com' })).toEqual({ email: 'invalidEmail' })
    expect(errorsOf({ ...request, name: '   ', email: '' })).toEqual({ name: 'required', email: 'required' })
    expect(errorsOf({ ...request, preferredContact: 'fax' })).toEqual({ preferredContact: 'invalidChoice' })
    expect(errorsOf({ ...request, locale: 'it' })).toEqual({ locale: 'invalidChoice' })
    expect(errorsOf({})).toEqual({
      clinic: 'invalidChoice',
      name: 'required',
      email: 'required',
      consent: 'consentRequired',
      locale: 'invalidChoice',
    })
  })

  it('refuses a body that is not an object', () => {
    for (const body of [null, 'name=Anna', [request]]) expect(errorsOf(body)).toEqual({ body: 'invalidChoice' })
  })

  it('refuses fields longer than the form allows', () => {
    expect(errorsOf({ ...request, name: 'A'.repeat(201) })).toEqual({ name: 'tooLong' })
    expect(errorsOf({ ...request, email: `${'a'.repeat(250)}@example.com` })).toEqual({ email: 'tooLong' })
    expect(errorsOf({ ...request, phone: '0'.repeat(33) })).toEqual({ phone: 'tooLong' })
    expect(errorsOf({ ...request, message: 'x'.repeat(5001) })).toEqual({ message: 'tooLong' })
    expect(parseLeadSubmission({ ...request, name: 'A'.repeat(200), message: 'x'.repeat(5000) }).success).toBe(true)
  })

  it('refuses text PostgreSQL cannot store', () => {
    expect(errorsOf({ ...request, name: 'Anna\u0000' })).toEqual({ name: 'invalidCharacters' })
    expect(errorsOf({ ...request, message: 'half a pair: \uD83D' })).toEqual({ message: 'invalidCharacters' })
  })

  it('lets nobody set what only the clinic may: status, notes, consent time or version', () => {
    expect(
      errorsOf({ ...request, status: 'won', notes: 'VIP', consentedAt: '2020-01-01', consentVersion: 'old' }),
    ).toEqual({
      status: 'unexpectedField',
      notes: 'unexpectedField',
      consentedAt: 'unexpectedField',
      consentVersion: 'unexpectedField',
    })
  })

  it('passes a filled honeypot on, so the intake can drop the bot without telling it', () => {
    const result = parseLeadSubmission({ ...request, website: 'https://cheap-pills.example' })
    expect(result.success && result.data.website).toBe('https://cheap-pills.example')
    expect(errorsOf({ ...request, website: 'x'.repeat(501) })).toEqual({ website: 'tooLong' })
  })

  it('keeps where the visitor came from, first and last touch', () => {
    const attribution = {
      firstTouch: { utm_source: 'google', utm_medium: 'cpc', gclid: 'Cj0KCQ' },
      lastTouch: { referrer: 'https://news.example/botox', landingPage: '/de/kliniken/berlin-mitte' },
    }
    const result = parseLeadSubmission({ ...request, attribution })
    expect(result.success && result.data.attribution).toEqual(attribution)
  })

  it('refuses attribution it does not know or cannot store, naming the exact field', () => {
    expect(errorsOf({ ...request, attribution: { firstTouch: { utm_evil: 'x' } } })).toEqual({
      'attribution.firstTouch.utm_evil': 'unexpectedField',
    })
    expect(errorsOf({ ...request, attribution: { middleTouch: {} } })).toEqual({
      'attribution.middleTouch': 'unexpectedField',
    })
    expect(errorsOf({ ...request, attribution: { lastTouch: { utm_source: 'x'.repeat(2001) } } })).toEqual({
      'attribution.lastTouch.utm_source': 'tooLong',
    })
  })
})

describe('normalizePhone', () => {
  it('reads a local number with the clinic’s country and writes it in E.164', () => {
    expect(normalizePhone('030 1234567', 'DE')).toBe('+49301234567')
    expect(normalizePhone('020 7946 0958', 'GB')).toBe('+442079460958')
    expect(normalizePhone('04 123 4567', 'AE')).toBe('+97141234567')
  })

  it('gives one number one form, however the visitor writes it', () => {
    for (const written of ['030 1234567', '(030) 1234567', '030-123-4567', '+49 (0)30 1234567', '+49301234567']) {
      expect(normalizePhone(written, 'DE')).toBe('+49301234567')
    }
  })

  it('keeps an international number’s own country, whatever the clinic’s', () => {
    expect(normalizePhone('+44 20 7946 0958', 'DE')).toBe('+442079460958')
    expect(normalizePhone('0049 30 1234567', 'DE')).toBe('+49301234567')
  })

  it('refuses what is not a phone number in that country', () => {
    for (const junk of ['', 'call me', '123', '+1', '+49 12']) {
      expect(normalizePhone(junk, 'DE')).toBeUndefined()
    }
    // A Berlin number dialled as if it were British is no number at all.
    expect(normalizePhone('030 1234567', 'GB')).toBeUndefined()
  })
})
