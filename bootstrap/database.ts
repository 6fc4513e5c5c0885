import path from 'node:path'

import { startEmbeddedPostgres } from './embeddedPostgres'
import { ensureDatabase } from './postgres'
import { dataDir } from './paths'
import { localSecret } from './secret'

export type Database = {
  url: string
  /** True when the project runs its own embedded PostgreSQL (local development and demos). */
  embedded: boolean
  stop: () => Promise<void>
}

const EMBEDDED_DATABASE = 'clinics'

/**
 * The database the platform runs on: the server in DATABASE_URL, or an embedded PostgreSQL whose
 * files live in .data/postgres (port from EMBEDDED_POSTGRES_PORT, otherwise a free one).
 * Also provides a PAYLOAD_SECRET for the embedded case, generated once and kept in .data/.
 */
export async function provideDatabase(): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const port = process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined
  const server = await startEmbeddedPostgres(path.join(dataDir, 'postgres'), { port })
  await ensureDatabase(server.urlFor('postgres'), EMBEDDED_DATABASE)
  process.env.PAYLOAD_SECRET ||= await localSecret(dataDir)
  return { url: server.urlFor(EMBEDDED_DATABASE), embedded: true, stop: server.stop }
}
