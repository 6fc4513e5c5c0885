import { inject } from 'vitest'

import { freePort } from '../../bootstrap/freePort'
import { buildAndStart, type ProductionServer } from '../../bootstrap/scripts'

/**
 * Builds and starts the production server on the given database (a copy of the seeded test database).
 * The test process's NEXT_PUBLIC_SERVER_URL points at it too, so its Local API changes revalidate its pages. `env`
 * adds to its environment: NEXT_DIST_DIR for a build folder of its own.
 */
export async function startProductionServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ProductionServer> {
  const server = await buildAndStart(await freePort(), {
    ...process.env,
    ...env,
    DATABASE_URL: databaseUrl,
    MEDIA_DIR: inject('mediaDir'),
    // The served app sends its notification mail itself, as in production (into the test's outbox).
    JOBS_IN_APP: 'true',
  })
  process.env.NEXT_PUBLIC_SERVER_URL = server.url
  return server
}
