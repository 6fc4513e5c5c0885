import type { Payload } from 'payload'

import { idempotencyKeyProblem, type LeadFieldErrors } from '../../domain/leadSubmission'
import { parseJson, readBody } from '../../http/requestBody'
import { defaultLocale, isLocale, type Locale } from '../../i18n/locales'
import { translatorFor } from '../../i18n/translator'
import { clientAddress, requestHost } from '../../http/requestOrigin'
import { acceptLead } from './acceptLead'

const MAX_BODY_BYTES = 16 * 1024

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

const localeOf = (input: unknown, req: Request): Locale => {
  const requested = (input as { locale?: unknown } | null)?.locale
  if (isLocale(requested)) return requested
  const accepted = req.headers.get('accept-language')?.slice(0, 2)
  return isLocale(accepted) ? accepted : defaultLocale
}

/**
 * POST /api/leads: the JSON door to acceptLead, for landing pages and integrations (see README). Served by
 * app/(payload)/api/leads/route.ts; `payload` is undefined while it is still starting.
 */
export async function receiveLead(req: Request, payload: Payload | undefined): Promise<Response> {
  // Read no further than the limit. Text PostgreSQL cannot store is the schema's to refuse, field by field.
  const body = await readBody(req, MAX_BODY_BYTES)
  if (!body) return json(413, { error: translatorFor(localeOf(null, req))('LeadErrors.tooLarge') })
  const parsed = parseJson(new TextDecoder().decode(body))
  if (!parsed) return invalid(localeOf(null, req), { body: 'invalidJson' })
  const input = parsed.value
  const locale = localeOf(input, req)
  const key = req.headers.get('idempotency-key')?.trim()
  const keyProblem = key === undefined ? undefined : idempotencyKeyProblem(key)
  if (keyProblem) return invalid(locale, { 'Idempotency-Key': keyProblem })

  const outcome = await acceptLead(payload, {
    input,
    key,
    address: clientAddress(req.headers),
    host: requestHost(req.headers),
  })
  switch (outcome.kind) {
    case 'created':
      return json(201, { id: outcome.id }, outcome.replayed ? { 'Idempotent-Replayed': 'true' } : {})
    case 'invalid':
      return invalid(locale, outcome.errors)
    case 'rate-limited':
      return json(
        429,
        { error: translatorFor(locale)('LeadErrors.rateLimited') },
        { 'Retry-After': String(outcome.retryAfterSeconds) },
      )
    case 'unavailable':
      return json(
        503,
        { error: translatorFor(locale)('LeadErrors.unavailable') },
        { 'Retry-After': String(outcome.retryAfterSeconds) },
      )
    case 'bot':
      return json(202, { received: true })
  }
}
