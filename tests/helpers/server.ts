import { rm } from 'node:fs/promises'
import path from 'node:path'
import { inject } from 'vitest'

import { freePort } from '../../bootstrap/freePort'
import { projectRoot } from '../../bootstrap/paths'
import { buildAndStart, type ProductionServer, startBuilt } from '../../bootstrap/scripts'

/** A test's production server's environment on the given database; `env` adds to it. */
const testServerEnv = (databaseUrl: string, env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  ...env,
  DATABASE_URL: databaseUrl,
  MEDIA_DIR: inject('mediaDir'),
  // The served app sends its notification mail itself, as in production (into the test's outbox).
  JOBS_IN_APP: 'true',
})

/**
 * Builds and starts the production server on the given database (a copy of the seeded test database).
 * The test process's NEXT_PUBLIC_SERVER_URL points at it too, so its Local API changes revalidate its pages. `env`
 * adds to its environment: NEXT_DIST_DIR for a build folder of its own.
 */
export async function startProductionServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ProductionServer> {
  // Resized images outlive builds (<build folder>/cache/images) and are keyed by address alone: an old copy would
  // hide a broken image route from the tests.
  await rm(path.join(projectRoot, env.NEXT_DIST_DIR || process.env.NEXT_DIST_DIR || '.next', 'cache', 'images'), {
    recursive: true,
    force: true,
  })
  const server = await buildAndStart(await freePort(), testServerEnv(databaseUrl, env))
  process.env.NEXT_PUBLIC_SERVER_URL = server.url
  return server
}

/**
 * Starts the last build of startProductionServer again at the same address (after its server stopped), with other
 * settings at run time: REDIS_URL for the shared page cache.
 */
export const restartProductionServer = (
  stopped: ProductionServer,
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ProductionServer> => startBuilt(Number(new URL(stopped.url).port), testServerEnv(databaseUrl, env))
