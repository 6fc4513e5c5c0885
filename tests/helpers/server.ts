import { inject } from 'vitest'

import { freePort } from '../../bootstrap/freePort'
import { runScript, spawnScript } from './scripts'

/**
 * Builds and starts the production server (`npm run build && npm start`, through bootstrap/run.ts)
 * on the given database (a copy of the seeded test database). Returns its base URL and a stop function.
 * The test process's NEXT_PUBLIC_SERVER_URL points at it too, so its Local API changes revalidate its pages.
 */
export async function startProductionServer(databaseUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  process.env.NEXT_PUBLIC_SERVER_URL = url
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: inject('mediaDir'),
    PORT: String(port),
  }

  await runScript(['bootstrap/run.ts', 'next', 'build'], env, 'ignore')
  const server = spawnScript(['bootstrap/run.ts', 'next', 'start', '-p', String(port)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((resolve) => server.on('exit', () => resolve()))
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
