import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/min'
import { z } from 'zod'

import { isStorableText } from './storableText'
import { locales } from '../i18n/locales'
import { attributionFields, contactMethods, leadDefaults } from './options'

/**
 * What the public may send to request a consultation, from the site's form or `POST /api/leads`: one schema
 * for both. Unknown fields are rejected, not dropped, so nobody can set a lead's status, notes or consent time.
 */

/** The version of the consent wording (messages: LeadForm.consent); stored with every lead. */
export const CONSENT_VERSION = '2026-11-22'

/** Text PostgreSQL can store: a NUL or half a UTF-16 pair is refused as `invalidCharacters`. */
const storable = <Schema extends z.ZodString | z.ZodEmail>(schema: Schema) =>
  schema.refine(isStorableText, { params: { code: 'invalidCharacters' } })

const touch = z.strictObject(
  Object.fromEntries(attributionFields.map((field) => [field, storable(z.string().max(2000)).optional()])) as Record<
    (typeof attributionFields)[number],
    z.ZodOptional<z.ZodString>
  >,
)

const reference = z.union([storable(z.string().trim().min(1).max(200)), z.number().int().positive()])

export const leadSubmission = z.strictObject({
  clinic: reference,
  treatment: reference.optional(),
  name: storable(z.string().trim().min(1).max(200)),
  // Stored in lower case, so one person's requests are found (and erased) together.
  email: storable(z.email().max(254).toLowerCase()),
  phone: storable(z.string().trim().max(32)).optional(),
  preferredContact: z.enum(contactMethods).default(leadDefaults.preferredContact),
  message: storable(z.string().trim().max(5000)).optional(),
  consent: z.literal(true),
  marketingOptIn: z.boolean().default(leadDefaults.marketingOptIn),
  locale: z.enum(locales),
  attribution: z.strictObject({ firstTouch: touch.optional(), lastTouch: touch.optional() }).optional(),
  /** A field people never see: only bots fill it. */
  website: storable(z.string().max(500)).optional(),
  /** When the form was shown (ms since epoch); a human needs a few seconds. */
  startedAt: z.number().int().positive().optional(),
})

export type LeadSubmission = z.infer<typeof leadSubmission>

export const leadErrorCodes = [
  'required',
  'invalidEmail',
  'invalidPhone',
  'tooLong',
  'consentRequired',
  'invalidChoice',
  'unexpectedField',
  'unknownClinic',
  'treatmentNotOffered',
  'invalidJson',
  'invalidCharacters',
] as const

export type LeadErrorCode = (typeof leadErrorCodes)[number]

/** Field name → the first problem with it, as a code the site words in each locale. */
export type LeadFieldErrors = Partial<Record<string, LeadErrorCode>>

const codeOf = (issue: z.core.$ZodIssue): LeadErrorCode => {
  if (issue.path[0] === 'consent') return 'consentRequired'
  if (issue.code === 'custom') return issue.params?.code as LeadErrorCode
  if ((issue as { input?: unknown }).input === '') return 'required'
  switch (issue.code) {
    case 'too_big':
      return 'tooLong'
    case 'too_small':
      return 'required'
    case 'invalid_format':
      return issue.path[0] === 'email' ? 'invalidEmail' : 'invalidChoice'
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalidChoice'
    default:
      return 'invalidChoice'
  }
}

/** Checks the shape of a submission; on failure, one error code per field. */
export function parseLeadSubmission(
  input: unknown,
): { success: true; data: LeadSubmission } | { success: false; errors: LeadFieldErrors } {
  const result = leadSubmission.safeParse(input, { reportInput: true })
  if (result.success) return { success: true, data: result.data }
  const errors: LeadFieldErrors = {}
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors[[...issue.path, key].join('.')] ??= 'unexpectedField'
    } else {
      errors[issue.path.join('.') || 'body'] ??= codeOf(issue)
    }
  }
  return { success: false, errors }
}

/** An Idempotency-Key header's problem, if any: a key is 1 to 200 characters PostgreSQL can store. */
export function idempotencyKeyProblem(key: string): LeadErrorCode | undefined {
  if (key.length === 0) return 'required'
  if (key.length > 200) return 'tooLong'
  if (!isStorableText(key)) return 'invalidCharacters'
}

/** A phone number in E.164 (+4930…), read with the clinic's country as the default; undefined if invalid. */
export function normalizePhone(phone: string, countryCode: string): string | undefined {
  const parsed = parsePhoneNumberFromString(phone, countryCode as CountryCode)
  return parsed?.isValid() ? parsed.number : undefined
}
