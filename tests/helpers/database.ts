import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { inject } from 'vitest'

import { databaseUrl, ensureDatabase } from '../../bootstrap/postgres'

/**
 * A fresh copy of the migrated and seeded template database for this test file, and a Payload instance on it.
 * Each file runs in its own process, so the config module reads this file's DATABASE_URL.
 */
export async function freshPayload(): Promise<Payload> {
  const adminUrl = inject('postgresAdminUrl')
  const template = inject('templateDatabase')
  const database = `${template.replace('template', 'file')}_${randomBytes(3).toString('hex')}`
  await ensureDatabase(adminUrl, database, template)
  process.env.DATABASE_URL = databaseUrl(adminUrl, database)
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  return getPayload({ config })
}
