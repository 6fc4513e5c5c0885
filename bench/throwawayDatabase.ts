import pg from 'pg'

import { provideDatabase } from '../bootstrap/database'
import { databaseUrl } from '../bootstrap/postgres'

/**
 * A database of its own for one benchmark run, on the project's server (the embedded one, or DATABASE_URL's):
 * the developer's data is never touched. `drop` removes it and stops the embedded server.
 */
export async function throwawayDatabase(name: string) {
  const server = await provideDatabase()
  const admin = new pg.Client({ connectionString: databaseUrl(server.url, 'postgres') })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`)
  return {
    name,
    url: databaseUrl(server.url, name),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`)
      await admin.end()
      await server.stop()
    },
  }
}
