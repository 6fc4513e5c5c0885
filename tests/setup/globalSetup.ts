/**
 * One PostgreSQL server for the whole run, never the developer's data: a throwaway embedded server
 * in a temporary folder, or (with DATABASE_URL) fresh databases on that server. The schema is migrated
 * and the demo content seeded once into a template database; every test file then gets its own copy.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'

import { databaseUrl, ensureDatabase } from '../../bootstrap/postgres'
import { runScript, startPostgresProcess } from '../helpers/scripts'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
    templateDatabase: string
    mediaDir: string
  }
}

export default async function setup(project: TestProject) {
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinics-test-'))
  const mediaDir = path.join(tempDir, 'media')

  let adminUrl: string
  let stopServer = async () => {}
  if (process.env.DATABASE_URL) {
    adminUrl = databaseUrl(process.env.DATABASE_URL, 'postgres')
  } else {
    const server = startPostgresProcess(path.join(tempDir, 'postgres'))
    adminUrl = await server.url
    stopServer = server.stop
  }

  const runId = randomBytes(4).toString('hex')
  const templateDatabase = `clinics_test_template_${runId}`

  const teardown = async () => {
    const client = new pg.Client({ connectionString: adminUrl })
    await client.connect()
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'clinics_test_%' AND datname LIKE $1",
      [`%${runId}%`],
    )
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`)
    }
    await client.end()
    await stopServer()
    await fs.rm(tempDir, { recursive: true, force: true })
  }

  try {
    await ensureDatabase(adminUrl, templateDatabase)
    // The real `npm run seed` path (migrate, then seed), in its own process as a developer runs it.
    await runScript(['bootstrap/run.ts', '--seed'], {
      ...process.env,
      DATABASE_URL: databaseUrl(adminUrl, templateDatabase),
      MEDIA_DIR: mediaDir,
    })
  } catch (error) {
    await teardown()
    throw error
  }

  project.provide('postgresAdminUrl', adminUrl)
  project.provide('templateDatabase', templateDatabase)
  project.provide('mediaDir', mediaDir)
  return teardown
}
