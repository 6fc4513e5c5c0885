import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

import { freePort } from '../../bootstrap/freePort'
import { databaseUrl, ensureDatabase } from '../../bootstrap/postgres'
import { runScript, spawnScript } from './scripts'

/**
 * Builds and starts the production server (`npm run build && npm start`, through bootstrap/run.ts)
 * on a fresh copy of the seeded test database. Returns its base URL and a stop function.
 */
export async function startProductionServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const adminUrl = inject('postgresAdminUrl')
  const template = inject('templateDatabase')
  const database = `${template.replace('template', 'server')}_${randomBytes(3).toString('hex')}`
  await ensureDatabase(adminUrl, database, template)
  const port = await freePort()
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl(adminUrl, database),
    MEDIA_DIR: inject('mediaDir'),
    PORT: String(port),
  }

  await runScript(['bootstrap/run.ts', 'next', 'build'], env, 'ignore')
  const server = spawnScript(['bootstrap/run.ts', 'next', 'start', '-p', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  for (let attempt = 0; ; attempt += 1) {
    const ready = await fetch(`${url}/en`).then(
      (response) => response.ok,
      () => false,
    )
    if (ready) break
    if (attempt > 240) throw new Error('the production server did not start within 2 minutes')
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    url,
    stop: async () => {
      server.kill('SIGTERM')
      await exited
    },
  }
}
