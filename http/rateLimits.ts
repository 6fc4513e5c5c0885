import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

import { aliased, rows, tables } from '../database/tables'

// Counters per window in PostgreSQL (table rate_limit_counters), so limits hold across app instances and
// restarts. Each hit is an atomic upsert. Sign-in limits slide over the previous window too (countHits).

const { leads, rateLimitCounters: counters } = tables

/**
 * The counters' keys, one kind per limit: "<prefix>:<value>". Rate limiting counts under them, and erasure
 * deletes a person's counters by them (leads/privacy/retention.ts).
 */
const bucketPrefixes = {
  /** Lead requests per client address. */
  leadIp: 'ip',
  /** Leads per email address. */
  leadEmail: 'email',
  /** An idempotency key seen (a repeat is one request). */
  idempotencyKey: 'key',
  /** Refused bot submissions of one kind per day ("honeypot", "too-fast"): kept as statistics. */
  spam: 'spam',
  signInIp: 'login-ip',
  signInEmail: 'login-email',
  passwordResetIp: 'reset-ip',
  passwordResetEmail: 'reset-email',
} as const

export type BucketKind = keyof typeof bucketPrefixes

/** The key of a counter: `bucket('leadEmail', 'a@example.com')` is "email:a@example.com". */
export const bucket = (kind: BucketKind, value: string): string => `${bucketPrefixes[kind]}:${value}`

// Every hit is one upsert: INSERT INTO … (bucket, window start, 1) … ON CONFLICT add one.
const intoCounters = sql`INSERT INTO ${counters} (${counters.bucket}, ${counters.windowStart}, ${counters.count})`
const orAddOne = sql`ON CONFLICT (${counters.bucket}, ${counters.windowStart})
  DO UPDATE SET ${counters.count} = ${counters.count.qualified} + 1`

export type Limit = { max: number; windowSeconds: number }

/** "10/600" → at most 10 per 600 seconds. */
export function limitFrom(value: string | undefined, fallback: Limit): Limit {
  const match = value?.match(/^(\d+)\/(\d+)$/)
  return match ? { max: Number(match[1]), windowSeconds: Number(match[2]) } : fallback
}

const windowOf = (windowSeconds: number, now = Date.now() / 1000) => {
  const start = Math.floor(now / windowSeconds) * windowSeconds
  return { start, retryAfterSeconds: Math.max(1, Math.ceil(start + windowSeconds - now)) }
}

const KEY_WINDOW_SECONDS = 86_400

type RequestCount = {
  /** The lead already stored under this idempotency key, if any. */
  existingLead?: number
  perIp: { count: number; retryAfterSeconds: number }
  /**
   * Undefined when not counted: no email (an invalid or bot request, which also leaves the key uncounted), or a
   * repeat of a key (one request, counted once).
   */
  perEmail?: { count: number; retryAfterSeconds: number }
}

/**
 * Counts one consultation request against the per-address and per-email limits and looks up its idempotency
 * key, in a single statement (this is the intake's hot path). A key seen before makes the request a repeat,
 * which does not count against the email's limit again.
 */
export async function countRequest(
  payload: Payload,
  request: { address: string; key?: string; email?: string },
  limits: { perIp: Limit; perEmail: Limit },
): Promise<RequestCount> {
  const ip = windowOf(limits.perIp.windowSeconds)
  const email = windowOf(limits.perEmail.windowSeconds)
  const key = windowOf(KEY_WINDOW_SECONDS)
  const upsert = sql`${orAddOne} RETURNING ${counters.count}`
  const [counted] = await rows<{ ip: number; email: number | null; existing_lead: number | null }>(
    payload,
    sql`
    WITH "key_hit" AS (
      ${intoCounters}
      SELECT ${bucket('idempotencyKey', request.key ?? '')}, to_timestamp(${key.start}), 1
      WHERE ${request.key ?? null}::text IS NOT NULL AND ${request.email ?? null}::text IS NOT NULL
      ${upsert}
    ), "ip_hit" AS (
      ${intoCounters}
      VALUES (${bucket('leadIp', request.address)}, to_timestamp(${ip.start}), 1)
      ${upsert}
    ), "email_hit" AS (
      ${intoCounters}
      SELECT ${bucket('leadEmail', request.email ?? '')}, to_timestamp(${email.start}), 1
      WHERE ${request.email ?? null}::text IS NOT NULL AND coalesce((SELECT "count" FROM "key_hit"), 1) = 1
      ${upsert}
    )
    SELECT (SELECT "count" FROM "ip_hit") AS "ip", (SELECT "count" FROM "email_hit") AS "email",
      (SELECT ${leads.id} FROM ${leads} WHERE ${leads.idempotencyKey} = ${request.key ?? null}::text) AS "existing_lead"
  `,
  )
  return {
    existingLead: counted.existing_lead ?? undefined,
    perIp: { count: Number(counted.ip), retryAfterSeconds: ip.retryAfterSeconds },
    perEmail:
      counted.email === null ? undefined : { count: Number(counted.email), retryAfterSeconds: email.retryAfterSeconds },
  }
}

/** One counter to hit: `bucket` (such as "login-ip:203.0.113.7") in the current window of `limit`. */
export type Hit = { bucket: string; limit: Limit }

/** Where a hit stands in its window: over the limit or not, and when the window ends. */
export type HitCount = { count: number; exceeded: boolean; retryAfterSeconds: number }

/**
 * Counts one hit on each counter, in one statement, and tells where each stands against its limit. The limit is
 * a sliding window: this window's hits plus the previous window's, weighted by how much of it still lies within
 * the last `windowSeconds`. With fixed windows alone, 20 failed sign-ins just before a window ended and 20 just
 * after were both allowed.
 */
export async function countHits(payload: Payload, hits: Hit[]): Promise<HitCount[]> {
  const now = Date.now() / 1000
  const windows = hits.map((hit) => windowOf(hit.limit.windowSeconds, now))
  const values = hits.map((hit, index) => sql`(${hit.bucket}, to_timestamp(${windows[index].start}), 1)`)
  const previousWindows = hits.map(
    (hit, index) => sql`(${hit.bucket}, to_timestamp(${windows[index].start - hit.limit.windowSeconds}))`,
  )
  const previous = aliased(counters, 'previous')
  const counted = await rows<{ bucket: string; count: number; previous: number }>(
    payload,
    sql`
    WITH "hit" AS (
      ${intoCounters} VALUES ${sql.join(values, sql`, `)}
      ${orAddOne}
      RETURNING ${counters.bucket}, ${counters.count}
    )
    SELECT "hit"."bucket", "hit"."count", coalesce(${previous.count}, 0) AS "previous"
    FROM "hit" LEFT JOIN ${previous} ON ${previous.bucket} = "hit"."bucket"
      AND (${previous.bucket}, ${previous.windowStart}) IN (${sql.join(previousWindows, sql`, `)})
  `,
  )
  return hits.map((hit, index) => {
    const row = counted.find((candidate) => candidate.bucket === hit.bucket)
    const count = Number(row?.count ?? 0)
    const stillCounted = 1 - (now - windows[index].start) / hit.limit.windowSeconds
    const sliding = count + Number(row?.previous ?? 0) * stillCounted
    return { count, exceeded: sliding > hit.limit.max, retryAfterSeconds: windows[index].retryAfterSeconds }
  })
}

/** Takes one hit back from each counter's current window (an attempt that turned out not to count). */
export async function forgiveHits(payload: Payload, hits: Hit[]): Promise<void> {
  const keys = hits.map((hit) => sql`(${hit.bucket}, to_timestamp(${windowOf(hit.limit.windowSeconds).start}))`)
  await rows(
    payload,
    sql`
    UPDATE ${counters} SET ${counters.count} = ${counters.count} - 1
    WHERE (${counters.bucket}, ${counters.windowStart}) IN (${sql.join(keys, sql`, `)}) AND ${counters.count} > 0
  `,
  )
}

/** Deletes counters by key in every window (erasure: a person's email goes from the counters too). */
export async function forgetCounters(payload: Payload, buckets: string[]): Promise<void> {
  if (buckets.length === 0) return
  await rows(
    payload,
    sql`DELETE FROM ${counters} WHERE ${counters.bucket} IN (${sql.join(
      buckets.map((key) => sql`${key}`),
      sql`, `,
    )})`,
  )
}

/** Counts a refused bot submission of one kind ("honeypot", "too-fast") in today's tally. */
export async function countSpam(payload: Payload, kind: string): Promise<void> {
  await rows(
    payload,
    sql`${intoCounters} VALUES (${bucket('spam', kind)}, to_timestamp(${windowOf(86_400).start}), 1) ${orAddOne}`,
  )
}

/** How many submissions of each bot kind were refused today (they are counted, never stored as leads). */
export async function spamCount(payload: Payload, kind: string): Promise<number> {
  const [tally] = await rows<{ total: number | string }>(
    payload,
    sql`
    SELECT COALESCE(SUM(${counters.count}), 0) AS "total" FROM ${counters}
    WHERE ${counters.bucket} = ${bucket('spam', kind)} AND ${counters.windowStart} >= date_trunc('day', now())
  `,
  )
  return Number(tally?.total ?? 0)
}

/**
 * Every hour, forgets counters of windows that ended over a day ago: they hold addresses and emails, and no
 * limit looks back that far. The daily spam tallies are kept.
 */
export const forgetOldRateLimitCounters: TaskConfig<{ input: Record<string, never>; output: { forgotten: number } }> = {
  slug: 'forgetOldRateLimitCounters',
  schedule: [{ cron: '0 0 * * * *', queue: 'default' }],
  retries: 3,
  handler: async ({ req }) => {
    const [{ forgotten }] = await rows<{ forgotten: number }>(
      req.payload,
      sql`WITH "forgotten" AS (
        DELETE FROM ${counters}
        WHERE ${counters.windowStart} < now() - interval '1 day' AND ${counters.bucket} NOT LIKE ${bucket('spam', '%')}
        RETURNING 1
      ) SELECT count(*)::int AS "forgotten" FROM "forgotten"`,
    )
    return { output: { forgotten } }
  },
}
