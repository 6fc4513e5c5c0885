import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { databaseUrl, ensureDatabase } from '../../bootstrap/postgres'

/** A fresh copy of the migrated and seeded template database; returns its URL. */
export async function freshDatabase(): Promise<string> {
  const adminUrl = inject('postgresAdminUrl')
  const template = inject('templateDatabase')
  const database = `${template.replace('template', 'file')}_${randomBytes(3).toString('hex')}`
  await ensureDatabase(adminUrl, database, template)
  return databaseUrl(adminUrl, database)
}

/**
 * A Payload instance on `url` (by default a fresh database for this test file). Each file runs in its own
 * process, so the config module reads this file's DATABASE_URL.
 */
export async function freshPayload(url?: string): Promise<Payload> {
  process.env.DATABASE_URL = url ?? (await freshDatabase())
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  return getPayload({ config })
}
