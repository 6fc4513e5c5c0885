import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'

import {
  CONSENT_VERSION,
  type LeadErrorCode,
  type LeadFieldErrors,
  type LeadSubmission,
  normalizePhone,
  parseLeadSubmission,
} from '../../../domain/leadSubmission'
import { defaultLocale, isLocale, type Locale } from '../../../i18n/locales'
import { translatorFor } from '../../../i18n/translator'
import { countHit, limitFrom } from '../rateLimits'

const MAX_BODY_BYTES = 16 * 1024
const MAX_KEY_LENGTH = 200

// Documented in README and .env.example.
const limits = () => ({
  perIp: limitFrom(process.env.LEAD_RATE_LIMIT_PER_IP, { max: 10, windowSeconds: 600 }),
  perEmail: limitFrom(process.env.LEAD_RATE_LIMIT_PER_EMAIL, { max: 5, windowSeconds: 3600 }),
  minFillSeconds: Number(process.env.LEAD_MIN_FILL_SECONDS ?? 3),
  trustedProxyHops: Number(process.env.TRUSTED_PROXY_HOPS ?? 0),
})

/**
 * The visitor's address. Behind trusted proxies (TRUSTED_PROXY_HOPS), the entry they appended to
 * X-Forwarded-For; otherwise the one Next records for the connection.
 */
export function clientAddress(req: PayloadRequest, trustedProxyHops: number): string {
  const forwarded = (req.headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim())
  const address = trustedProxyHops > 0 ? forwarded[forwarded.length - trustedProxyHops] : forwarded[0]
  return address || 'unknown'
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers })

/** 400 with a per-field object of codes and messages in the visitor's language. */
function invalid(locale: Locale, errors: LeadFieldErrors) {
  const t = translatorFor(locale)
  return json(400, {
    errors: Object.fromEntries(
      Object.entries(errors).map(([field, code]) => [field, { code, message: t(`LeadErrors.${code!}`) }]),
    ),
  })
}

const localeOf = (input: unknown, req: PayloadRequest): Locale => {
  const requested = (input as { locale?: unknown } | null)?.locale
  if (isLocale(requested)) return requested
  const accepted = req.headers.get('accept-language')?.slice(0, 2)
  return isLocale(accepted) ? accepted : defaultLocale
}

/** The clinic (by slug or id, published only) and the treatment it offers, or the field errors. */
async function resolveTargets(payload: Payload, submission: LeadSubmission) {
  const byReference = (reference: string | number): Where =>
    typeof reference === 'number' ? { id: { equals: reference } } : { slug: { equals: reference } }
  const { docs: clinics } = await payload.find({
    collection: 'clinics',
    where: { and: [byReference(submission.clinic), { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    select: { address: { countryCode: true } },
  })
  const clinic = clinics[0]
  if (!clinic) return { errors: { clinic: 'unknownClinic' as LeadErrorCode } }
  let treatmentId: number | undefined
  if (submission.treatment !== undefined) {
    const { docs: offerings } = await payload.find({
      collection: 'offerings',
      where: {
        clinic: { equals: clinic.id },
        bookable: { equals: true },
        ...(typeof submission.treatment === 'number'
          ? { treatment: { equals: submission.treatment } }
          : { 'treatment.slug': { equals: submission.treatment } }),
      },
      depth: 0,
      limit: 1,
      select: { treatment: true },
    })
    if (!offerings[0]) return { errors: { treatment: 'treatmentNotOffered' as LeadErrorCode } }
    treatmentId = offerings[0].treatment as number
  }
  let phone: string | undefined
  if (submission.phone) {
    phone = normalizePhone(submission.phone, clinic.address.countryCode)
    if (!phone) return { errors: { phone: 'invalidPhone' as LeadErrorCode } }
  }
  return { clinicId: clinic.id, treatmentId, phone }
}

async function leadWithKey(payload: Payload, key: string) {
  const { docs } = await payload.find({
    collection: 'leads',
    where: { idempotencyKey: { equals: key } },
    depth: 0,
    limit: 1,
    select: { idempotencyKey: true },
  })
  return docs[0]
}

/**
 * POST /api/leads: a consultation request from the site's form or an integration. Validates on the server with
 * the one schema, refuses bots (counted, not stored) and floods (429, counters in PostgreSQL), and honours
 * Idempotency-Key: a repeated key returns the first lead and stores nothing new.
 */
export const submitLead: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const { payload } = req
    const settings = limits()
    if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
      return json(413, { error: translatorFor(localeOf(null, req))('LeadErrors.tooLarge') })
    }
    const text = (await req.text?.()) ?? ''
    if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
      return json(413, { error: translatorFor(localeOf(null, req))('LeadErrors.tooLarge') })
    }
    let input: unknown
    try {
      input = JSON.parse(text)
    } catch {
      return invalid(localeOf(null, req), { body: 'invalidJson' })
    }
    const locale = localeOf(input, req)

    const key = req.headers.get('idempotency-key')?.trim()
    if (key !== undefined && (key.length === 0 || key.length > MAX_KEY_LENGTH)) {
      return invalid(locale, { 'Idempotency-Key': key.length === 0 ? 'required' : 'tooLong' })
    }
    if (key) {
      const existing = await leadWithKey(payload, key)
      if (existing) return json(201, { id: existing.id }, { 'Idempotent-Replayed': 'true' })
    }

    const address = clientAddress(req, settings.trustedProxyHops)
    const perIp = await countHit(payload, `ip:${address}`, settings.perIp.windowSeconds)
    if (perIp.count > settings.perIp.max) {
      return json(
        429,
        { error: translatorFor(locale)('LeadErrors.rateLimited') },
        { 'Retry-After': String(perIp.retryAfterSeconds) },
      )
    }

    const parsed = parseLeadSubmission(input)
    if (!parsed.success) return invalid(locale, parsed.errors)
    const submission = parsed.data

    // Bots: a filled honeypot or an impossibly fast form. They get the answer a person gets, so they learn
    // nothing, but no lead is stored; each kind is counted per day.
    const tooFast =
      submission.startedAt !== undefined && Date.now() - submission.startedAt < settings.minFillSeconds * 1000
    if (submission.website || tooFast) {
      await countHit(payload, `spam:${submission.website ? 'honeypot' : 'too-fast'}`, 86_400)
      return json(202, { received: true })
    }

    // Repeats of one Idempotency-Key (even concurrent ones, which all miss the lookup above) are one request.
    const repeat = key ? (await countHit(payload, `key:${key}`, 86_400)).count > 1 : false
    const perEmail = repeat
      ? undefined
      : await countHit(payload, `email:${submission.email.toLowerCase()}`, settings.perEmail.windowSeconds)
    if (perEmail && perEmail.count > settings.perEmail.max) {
      return json(
        429,
        { error: translatorFor(locale)('LeadErrors.rateLimited') },
        { 'Retry-After': String(perEmail.retryAfterSeconds) },
      )
    }

    const targets = await resolveTargets(payload, submission)
    if ('errors' in targets) return invalid(locale, targets.errors as LeadFieldErrors)

    try {
      const lead = await payload.create({
        collection: 'leads',
        overrideAccess: true,
        depth: 0,
        data: {
          clinic: targets.clinicId,
          treatment: targets.treatmentId,
          name: submission.name,
          email: submission.email,
          phone: targets.phone,
          preferredContact: submission.preferredContact,
          message: submission.message,
          locale: submission.locale,
          consent: { version: CONSENT_VERSION, givenAt: new Date().toISOString() },
          marketingOptIn: submission.marketingOptIn,
          attribution: submission.attribution,
          status: 'new',
          idempotencyKey: key,
        },
      })
      return json(201, { id: lead.id })
    } catch (error) {
      // A concurrent request with the same key won the race: answer with its lead.
      const existing = key ? await leadWithKey(payload, key) : undefined
      if (existing) return json(201, { id: existing.id }, { 'Idempotent-Replayed': 'true' })
      throw error
    }
  },
}
