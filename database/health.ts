import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Pool } from 'pg'

import { rows, tables } from './tables'

export type Readiness = {
  ready: boolean
  /** Why not, when not. */
  reason?: 'database-unavailable' | 'pool-exhausted'
  pool: { max: number; total: number; idle: number; waiting: number }
  /** Age of the oldest job not yet done (queued, running or waiting for a retry), null when there is none. */
  oldestQueuedJobSeconds: number | null
}

/** How long a readiness probe waits for the database. */
const PROBE_MS = 1_000

const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool

/**
 * Whether this instance can serve requests that need the database: no connection within a second (every one
 * busy), or the database not answering, means no (a proxy or orchestrator then sends traffic elsewhere). Also
 * reports the job backlog's age, so a stalled job runner shows.
 */
export async function readiness(payload: Payload): Promise<Readiness> {
  const pool = poolOf(payload)
  const poolState = {
    max: pool.options.max ?? 10,
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
  }
  const notReady = (reason: Readiness['reason']): Readiness => ({
    ready: false,
    reason,
    pool: poolState,
    oldestQueuedJobSeconds: null,
  })
  const full = poolState.idle === 0 && poolState.total >= poolState.max
  try {
    // A busy instance whose requests still get a connection soon is ready; one where a connection takes longer
    // than a probe waits is not. Requests merely queueing for a moment are normal under load.
    // Started here and raced against the probe's timer below; the catch keeps a failure after a timeout handled.
    const { payloadJobs: jobs } = tables
    const query = rows<{ age: number | null }>(
      payload,
      sql`
      SELECT extract(epoch FROM now() - min(${jobs.createdAt}))::float AS "age"
      FROM ${jobs} WHERE ${jobs.completedAt} IS NULL AND ${jobs.hasError} IS NOT TRUE`,
    )
    query.catch(() => undefined)
    let timer: NodeJS.Timeout | undefined
    const [oldest] = await Promise.race([
      query,
      new Promise<never>(
        (_, reject) => (timer = setTimeout(() => reject(new Error('no connection in time')), PROBE_MS)),
      ),
    ]).finally(() => clearTimeout(timer))
    const age = oldest?.age
    return {
      ready: true,
      pool: poolState,
      oldestQueuedJobSeconds: age === null || age === undefined ? null : Math.round(age),
    }
  } catch {
    return notReady(full ? 'pool-exhausted' : 'database-unavailable')
  }
}
