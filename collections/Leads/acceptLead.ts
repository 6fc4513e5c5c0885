import type { Payload, Where } from 'payload'

import {
  CONSENT_VERSION,
  type LeadErrorCode,
  type LeadFieldErrors,
  type LeadSubmission,
  normalizePhone,
  parseLeadSubmission,
} from '../../domain/leadSubmission'
import { countHit, limitFrom } from './rateLimits'

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
export function clientAddress(headers: Headers, trustedProxyHops = limits().trustedProxyHops): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim())
  const address = trustedProxyHops > 0 ? forwarded[forwarded.length - trustedProxyHops] : forwarded[0]
  return address || 'unknown'
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

export type LeadOutcome =
  | { kind: 'created'; id: number; replayed: boolean }
  | { kind: 'invalid'; errors: LeadFieldErrors }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'bot' }

/**
 * Takes a consultation request from the site's form or POST /api/leads: the same checks for both. Refuses
 * floods (counters in PostgreSQL) and bots (counted, never stored), validates with the one schema, and honours
 * an idempotency key: a repeated key returns the first lead and stores nothing new.
 */
export async function acceptLead(
  payload: Payload,
  { input, key, address }: { input: unknown; key?: string; address: string },
): Promise<LeadOutcome> {
  const settings = limits()
  if (key) {
    const existing = await leadWithKey(payload, key)
    if (existing) return { kind: 'created', id: existing.id, replayed: true }
  }

  const perIp = await countHit(payload, `ip:${address}`, settings.perIp.windowSeconds)
  if (perIp.count > settings.perIp.max) return { kind: 'rate-limited', retryAfterSeconds: perIp.retryAfterSeconds }

  const parsed = parseLeadSubmission(input)
  if (!parsed.success) return { kind: 'invalid', errors: parsed.errors }
  const submission = parsed.data

  // Bots: a filled honeypot or an impossibly fast form. They get the answer a person gets, so they learn
  // nothing, but no lead is stored; each kind is counted per day.
  const tooFast =
    submission.startedAt !== undefined && Date.now() - submission.startedAt < settings.minFillSeconds * 1000
  if (submission.website || tooFast) {
    await countHit(payload, `spam:${submission.website ? 'honeypot' : 'too-fast'}`, 86_400)
    return { kind: 'bot' }
  }

  // Repeats of one key (even concurrent ones, which all miss the lookup above) are one request.
  const repeat = key ? (await countHit(payload, `key:${key}`, 86_400)).count > 1 : false
  const perEmail = repeat
    ? undefined
    : await countHit(payload, `email:${submission.email.toLowerCase()}`, settings.perEmail.windowSeconds)
  if (perEmail && perEmail.count > settings.perEmail.max) {
    return { kind: 'rate-limited', retryAfterSeconds: perEmail.retryAfterSeconds }
  }

  const targets = await resolveTargets(payload, submission)
  if ('errors' in targets) return { kind: 'invalid', errors: targets.errors as LeadFieldErrors }

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
    return { kind: 'created', id: lead.id, replayed: false }
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its lead.
    const existing = key ? await leadWithKey(payload, key) : undefined
    if (existing) return { kind: 'created', id: existing.id, replayed: true }
    throw error
  }
}
