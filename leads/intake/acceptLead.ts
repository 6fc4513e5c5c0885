import type { Payload } from 'payload'

import { logRepeated } from '../../log/repeatedLog'
import { driverReason, isDatabaseUnavailable, retryAfterSeconds } from '../../database/pool'
import {
  CONSENT_VERSION,
  type LeadErrorCode,
  type LeadFieldErrors,
  type LeadSubmission,
  normalizePhone,
  parseLeadSubmission,
} from '../../domain/leadSubmission'
import { isPlatformHost } from '../../domain/hosts.mjs'
import { leadSource, OTHER_SITE } from '../../domain/leadSource'
import { admissionLine } from '../../http/admission'
import { leadTarget } from './leadTargets'
import { countRequest, countSpam, limitFrom } from '../../http/rateLimits'
import { storeLead } from './storeLead'

// Documented in README and .env.example.
const limits = () => ({
  perIp: limitFrom(process.env.LEAD_RATE_LIMIT_PER_IP, { max: 10, windowSeconds: 600 }),
  perEmail: limitFrom(process.env.LEAD_RATE_LIMIT_PER_EMAIL, { max: 5, windowSeconds: 3600 }),
  minFillSeconds: Number(process.env.LEAD_MIN_FILL_SECONDS ?? 3),
})

/**
 * The site recorded with a lead: the platform's host, or the clinic's own domain (now or before). A Host naming
 * anything else (another clinic's domain, a made-up name) is the client's invention and is recorded as OTHER_SITE.
 */
const siteOfLead = (host: string, target: { domains: string[] }) =>
  isPlatformHost(host) || target.domains.includes(host) ? host : OTHER_SITE

/** The clinic and treatment a valid submission names, checked against what the clinic offers. */
async function resolveTargets(payload: Payload, submission: LeadSubmission) {
  const target = await leadTarget(payload, submission.clinic)
  if (!target) return { errors: { clinic: 'unknownClinic' as LeadErrorCode } }
  const treatmentId = submission.treatment === undefined ? undefined : target.treatments.get(submission.treatment)
  if (submission.treatment !== undefined && treatmentId === undefined) {
    return { errors: { treatment: 'treatmentNotOffered' as LeadErrorCode } }
  }
  let phone: string | undefined
  if (submission.phone) {
    phone = normalizePhone(submission.phone, target.countryCode)
    if (!phone) return { errors: { phone: 'invalidPhone' as LeadErrorCode } }
  }
  return { target, treatmentId, phone }
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
  | { kind: 'unavailable'; retryAfterSeconds: number }

/** What a lead request brings besides its body: its idempotency key, the visitor's address and the host it came on. */
type LeadRequest = { input: unknown; key?: string; address: string; host: string }

/**
 * Leads this process takes in at once (LEADS_MAX_IN_FLIGHT, 32) and how long one may wait for its turn
 * (LEADS_MAX_WAIT_MS, 2 s) before it is asked to come back (503): see http/admission.ts and README.
 */
const intake = admissionLine(() => ({
  limit: Number(process.env.LEADS_MAX_IN_FLIGHT ?? 32),
  maxWaitMs: Number(process.env.LEADS_MAX_WAIT_MS ?? 2_000),
  maxWaiting: 2_000,
}))

/**
 * Takes a consultation request from the site's form or POST /api/leads: the same checks for both. Refuses
 * floods (counters in PostgreSQL) and bots (counted, never stored), validates with the one schema, and honours
 * an idempotency key: a repeated key returns the first lead and stores nothing new. While the database cannot
 * serve (down, or no free connection in time), Payload is still starting (`payload` undefined), or more leads
 * arrive than this process can take in, nothing is stored and the visitor is asked to try again in a moment.
 */
export async function acceptLead(payload: Payload | undefined, request: LeadRequest): Promise<LeadOutcome> {
  const unavailable = { kind: 'unavailable', retryAfterSeconds: retryAfterSeconds() } as const
  // Payload still starting (queries/payload.ts payloadIfReady): there is no logger to tell yet.
  if (!payload) return unavailable
  try {
    const outcome = await intake.run(() => judgeLead(payload, request))
    if (outcome !== 'turned-away') return outcome
    logRepeated(payload.logger, 'warn', 'lead-turned-away', {
      msg: 'A lead was refused with 503: too many leads are being taken in (LEADS_MAX_IN_FLIGHT, LEADS_MAX_WAIT_MS)',
    })
    return unavailable
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error
    logRepeated(payload.logger, 'warn', 'lead-database-unavailable', {
      msg: `A lead was refused with 503: the database is unavailable (${driverReason(error)})`,
    })
    return unavailable
  }
}

async function judgeLead(payload: Payload, { input, key, address, host }: LeadRequest): Promise<LeadOutcome> {
  const settings = limits()
  const parsed = parseLeadSubmission(input)
  const candidate = parsed.success ? parsed.data : undefined

  // Bots: a filled honeypot or an impossibly fast form. They get the answer a person gets, so they learn
  // nothing, but no lead is stored; each kind is counted per day.
  const tooFast =
    candidate?.startedAt !== undefined && Date.now() - candidate.startedAt < settings.minFillSeconds * 1000
  const bot = candidate?.website ? 'honeypot' : tooFast ? 'too-fast' : undefined

  // Every request counts against its address; a request that would store a lead also against its email.
  const counted = await countRequest(
    payload,
    { address, key, email: candidate && !bot ? candidate.email : undefined },
    settings,
  )
  if (counted.existingLead !== undefined) return { kind: 'created', id: counted.existingLead, replayed: true }
  if (counted.perIp.count > settings.perIp.max) {
    return { kind: 'rate-limited', retryAfterSeconds: counted.perIp.retryAfterSeconds }
  }
  if (!parsed.success) return { kind: 'invalid', errors: parsed.errors }
  const submission = parsed.data
  if (bot) {
    await countSpam(payload, bot)
    return { kind: 'bot' }
  }
  if (counted.perEmail && counted.perEmail.count > settings.perEmail.max) {
    return { kind: 'rate-limited', retryAfterSeconds: counted.perEmail.retryAfterSeconds }
  }

  const targets = await resolveTargets(payload, submission)
  if ('errors' in targets) return { kind: 'invalid', errors: targets.errors as LeadFieldErrors }

  const id = await storeLead(payload, {
    clinicId: targets.target.clinicId,
    treatmentId: targets.treatmentId,
    name: submission.name,
    email: submission.email,
    phone: targets.phone,
    preferredContact: submission.preferredContact,
    message: submission.message,
    locale: submission.locale,
    consentVersion: CONSENT_VERSION,
    marketingOptIn: submission.marketingOptIn,
    attribution: submission.attribution,
    source: leadSource(submission.attribution),
    host: siteOfLead(host, targets.target),
    idempotencyKey: key,
    crmWebhook: targets.target.hasCrmWebhook,
  })
  if (id !== undefined) return { kind: 'created', id, replayed: false }
  // A concurrent request with the same key won the race: answer with its lead.
  const existing = await leadWithKey(payload, key!)
  if (!existing) throw new Error('A lead’s idempotency key was taken, but no lead has it')
  return { kind: 'created', id: existing.id, replayed: true }
}
