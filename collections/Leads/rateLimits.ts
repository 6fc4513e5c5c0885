import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Fixed-window counters in PostgreSQL (table rate_limit_counters), so limits hold across app instances and
 * restarts. One atomic upsert per hit.
 */
export async function countHit(payload: Payload, bucket: string, windowSeconds: number) {
  const now = Date.now() / 1000
  const windowStart = Math.floor(now / windowSeconds) * windowSeconds
  const { rows } = (await payload.db.drizzle.execute(sql`
    INSERT INTO "rate_limit_counters" ("bucket", "window_start", "count")
    VALUES (${bucket}, to_timestamp(${windowStart}), 1)
    ON CONFLICT ("bucket", "window_start") DO UPDATE SET "count" = "rate_limit_counters"."count" + 1
    RETURNING "count"
  `)) as unknown as { rows: { count: number }[] }
  const count = Number(rows[0]?.count ?? 1)
  // The first hit of a window tidies up windows older than a day.
  if (count === 1) {
    await payload.db.drizzle.execute(
      sql`DELETE FROM "rate_limit_counters" WHERE "window_start" < now() - interval '1 day' AND "bucket" NOT LIKE 'spam:%'`,
    )
  }
  return { count, retryAfterSeconds: Math.max(1, Math.ceil(windowStart + windowSeconds - now)) }
}

export type Limit = { max: number; windowSeconds: number }

/** "10/600" → at most 10 per 600 seconds. */
export function limitFrom(value: string | undefined, fallback: Limit): Limit {
  const match = value?.match(/^(\d+)\/(\d+)$/)
  return match ? { max: Number(match[1]), windowSeconds: Number(match[2]) } : fallback
}

/** How many submissions of each bot kind were refused today (they are counted, never stored as leads). */
export async function spamCount(payload: Payload, kind: string): Promise<number> {
  const { rows } = (await payload.db.drizzle.execute(sql`
    SELECT COALESCE(SUM("count"), 0) AS "total" FROM "rate_limit_counters"
    WHERE "bucket" = ${`spam:${kind}`} AND "window_start" >= date_trunc('day', now())
  `)) as unknown as { rows: { total: number | string }[] }
  return Number(rows[0]?.total ?? 0)
}
