import { type Migration, type Payload, getPayload } from 'payload'
import pg, { type Pool, type PoolClient } from 'pg'

// pg's Pool keeps its clients in these (untyped) fields.
type PgPool = Pool & { _clients: PoolClient[]; _idle: { client: PoolClient }[] }

import { migrations } from '../migrations'
import { seed, type SeedOptions } from '../seed'

export type SeedMode = 'always' | 'if-empty' | 'never'

/** Applies pending migrations, then seeds demo content as asked. Needs DATABASE_URL and PAYLOAD_SECRET set. */
export async function prepareDatabase(
  seedMode: SeedMode,
  { clinics }: Pick<SeedOptions, 'clinics'> = {},
): Promise<void> {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    await migrate(payload)
    const empty = (await payload.count({ collection: 'users' })).totalDocs === 0
    if (seedMode === 'always' || (seedMode === 'if-empty' && empty)) {
      await seed(payload, { clinics, log: (line) => console.log(`[seed] ${line}`) })
    }
  } finally {
    await closePayload(payload)
  }
}

/** The session-level advisory lock held while migrating (any 64-bit number; ours spells "migrate"). */
const MIGRATIONS_LOCK = 0x6d696772617465

/**
 * Applies the committed migrations that have not run yet. Several instances (and workers) starting at once each
 * try: one at a time holds the lock, and the others then find nothing left to apply. Payload's migrate takes no
 * lock of its own, so two could both run a pending migration.
 */
export async function migrate(payload: Payload): Promise<void> {
  const lock = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await lock.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK])
    // The generated index is untyped; its entries are Payload migrations.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  } finally {
    // Ending the session releases its lock.
    await lock.end()
  }
}

/**
 * Closes Payload's database connections too. payload.destroy() leaves the pool open, and the Postgres
 * adapter keeps one client checked out for its reconnect logic, so pool.end() alone would wait forever.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  await payload.destroy()
  if (!pool) return
  const idle = new Set(pool._idle.map((entry) => entry.client))
  for (const client of pool._clients) if (!idle.has(client)) client.release()
  await pool.end()
}
