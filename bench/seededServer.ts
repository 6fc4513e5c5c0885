import pg from 'pg'

import { freePort } from '../bootstrap/freePort'
import { buildAndStart, runScript } from '../bootstrap/scripts'

/**
 * The demo content seeded into the (throwaway) database `env` names, served by a fresh production build on a free
 * port, and a client on that database for what the bench checks underneath.
 */
export async function seededServer(env: NodeJS.ProcessEnv) {
  await runScript(['bootstrap/run.ts', '--seed'], env, 'ignore')
  const server = await buildAndStart(await freePort(), env)
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  return { server, client }
}
