import { APIError, type PayloadRequest } from 'payload'

import { adminError } from '../../i18n/adminTexts'
import { clientAddress } from '../../http/requestOrigin'
import { bucket, type BucketKind, countHits, forgiveHits, type Hit, limitFrom } from '../../http/rateLimits'

// Documented in README and .env.example. Only failed sign-ins count, so people who sign in many times a day
// never meet the limit; a guesser meets it after a few tries.
const limits = () => ({
  signInPerIp: limitFrom(process.env.LOGIN_RATE_LIMIT_PER_IP, { max: 20, windowSeconds: 600 }),
  signInPerEmail: limitFrom(process.env.LOGIN_RATE_LIMIT_PER_EMAIL, { max: 5, windowSeconds: 900 }),
  resetPerIp: limitFrom(process.env.PASSWORD_RESET_RATE_LIMIT_PER_IP, { max: 10, windowSeconds: 3600 }),
  resetPerEmail: limitFrom(process.env.PASSWORD_RESET_RATE_LIMIT_PER_EMAIL, { max: 3, windowSeconds: 3600 }),
})

/** An email as Payload looks it up. */
export const accountEmail = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase().trim() : '')

// The longest address SMTP can deliver to (RFC 5321); no account has a longer one.
const MAX_EMAIL_LENGTH = 254

/**
 * A counter's key for an account. A longer email is refused with 400: it names no account, and its key would not
 * fit the counters' index.
 */
function accountBucket(kind: BucketKind, email: string): string {
  if (email.length > MAX_EMAIL_LENGTH) throw new APIError('This email address is too long.', 400, null, true)
  return bucket(kind, email)
}

/** The counters a sign-in attempt (or a check of one's current password) hits: per address and per account. */
export const signInHits = (req: PayloadRequest, email: string): Hit[] => [
  { bucket: bucket('signInIp', clientAddress(req.headers)), limit: limits().signInPerIp },
  { bucket: accountBucket('signInEmail', email), limit: limits().signInPerEmail },
]

export const passwordResetHits = (req: PayloadRequest, email: string): Hit[] => [
  { bucket: bucket('passwordResetIp', clientAddress(req.headers)), limit: limits().resetPerIp },
  { bucket: accountBucket('passwordResetEmail', email), limit: limits().resetPerEmail },
]

/**
 * Counts an attempt and refuses it with 429 and Retry-After once a counter is over its limit. The refusal comes
 * before any password is checked, so a guesser learns nothing more, not even from a right guess.
 */
export async function countAttempt(
  req: PayloadRequest,
  hits: Hit[],
  what: 'tooManySignIns' | 'tooManyResets',
): Promise<void> {
  const exceeded = (await countHits(req.payload, hits)).filter((count) => count.exceeded)
  if (exceeded.length === 0) return
  const retryAfterSeconds = Math.max(...exceeded.map((count) => count.retryAfterSeconds))
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  const minutes = Math.ceil(retryAfterSeconds / 60)
  throw new APIError(adminError(req, what, { minutes }), 429, { retryAfterSeconds }, true)
}

/** A sign-in that succeeded does not count as a failure. */
export const forgiveAttempt = (req: PayloadRequest, hits: Hit[]): Promise<void> => forgiveHits(req.payload, hits)
