import { sql } from '@payloadcms/db-postgres'
import type { Payload, TaskConfig } from 'payload'

// Counters per window in PostgreSQL (table rate_limit_counters), so limits hold across app instances and
// restarts. Each hit is an atomic upsert. Sign-in limits slide over the previous window too (countHits).

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
  const upsert = sql`ON CONFLICT ("bucket", "window_start") DO UPDATE SET "count" = "rate_limit_counters"."count" + 1
    RETURNING "count"`
  const { rows } = (await payload.db.drizzle.execute(sql`
    WITH "key_hit" AS (
      INSERT INTO "rate_limit_counters" ("bucket", "window_start", "count")
      SELECT ${`key:${request.key}`}, to_timestamp(${key.start}), 1
      WHERE ${request.key ?? null}::text IS NOT NULL AND ${request.email ?? null}::text IS NOT NULL
      ${upsert}
    ), "ip_hit" AS (
      INSERT INTO "rate_limit_counters" ("bucket", "window_start", "count")
      VALUES (${`ip:${request.address}`}, to_timestamp(${ip.start}), 1)
      ${upsert}
    ), "email_hit" AS (
      INSERT INTO "rate_limit_counters" ("bucket", "window_start", "count")
      SELECT ${`email:${request.email}`}, to_timestamp(${email.start}), 1
      WHERE ${request.email ?? null}::text IS NOT NULL AND coalesce((SELECT "count" FROM "key_hit"), 1) = 1
      ${upsert}
    )
    SELECT (SELECT "count" FROM "ip_hit") AS "ip", (SELECT "count" FROM "email_hit") AS "email",
      (SELECT "id" FROM "leads" WHERE "idempotency_key" = ${request.key ?? null}::text) AS "existing_lead"
  `)) as unknown as { rows: { ip: number; email: number | null; existing_lead: number | null }[] }
  const [counted] = rows
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
  const rows = hits.map((hit, index) => sql`(${hit.bucket}, to_timestamp(${windows[index].start}), 1)`)
  const previousWindows = hits.map(
    (hit, index) => sql`(${hit.bucket}, to_timestamp(${windows[index].start - hit.limit.windowSeconds}))`,
  )
  const { rows: counted } = (await payload.db.drizzle.execute(sql`
    WITH "hit" AS (
      INSERT INTO "rate_limit_counters" ("bucket", "window_start", "count") VALUES ${sql.join(rows, sql`, `)}
      ON CONFLICT ("bucket", "window_start") DO UPDATE SET "count" = "rate_limit_counters"."count" + 1
      RETURNING "bucket", "count"
    )
    SELECT "hit"."bucket", "hit"."count", coalesce("previous"."count", 0) AS "previous"
    FROM "hit" LEFT JOIN "rate_limit_counters" AS "previous" ON "previous"."bucket" = "hit"."bucket"
      AND ("previous"."bucket", "previous"."window_start") IN (${sql.join(previousWindows, sql`, `)})
  `)) as unknown as { rows: { bucket: string; count: number; previous: number }[] }
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
  await payload.db.drizzle.execute(sql`
    UPDATE "rate_limit_counters" SET "count" = "count" - 1
    WHERE ("bucket", "window_start") IN (${sql.join(keys, sql`, `)}) AND "count" > 0
  `)
}

/** Counts a refused bot submission of one kind ("honeypot", "too-fast") in today's tally. */
export async function countSpam(payload: Payload, kind: string): Promise<void> {
  await payload.db.drizzle.execute(sql`
    INSERT INTO "rate_limit_counters" ("bucket", "window_start", "count")
    VALUES (${`spam:${kind}`}, to_timestamp(${windowOf(86_400).start}), 1)
    ON CONFLICT ("bucket", "window_start") DO UPDATE SET "count" = "rate_limit_counters"."count" + 1
  `)
}

/** How many submissions of each bot kind were refused today (they are counted, never stored as leads). */
export async function spamCount(payload: Payload, kind: string): Promise<number> {
  const { rows } = (await payload.db.drizzle.execute(sql`
    SELECT COALESCE(SUM("count"), 0) AS "total" FROM "rate_limit_counters"
    WHERE "bucket" = ${`spam:${kind}`} AND "window_start" >= date_trunc('day', now())
  `)) as unknown as { rows: { total: number | string }[] }
  return Number(rows[0]?.total ?? 0)
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
    const result = (await req.payload.db.drizzle.execute(
      sql`DELETE FROM "rate_limit_counters" WHERE "window_start" < now() - interval '1 day' AND "bucket" NOT LIKE 'spam:%'`,
    )) as unknown as { rowCount: number | null }
    return { output: { forgotten: result.rowCount ?? 0 } }
  },
}
