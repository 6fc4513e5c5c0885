/**
 * Entry point of every npm script that needs the database: `tsx bootstrap/run.ts <command...>`.
 * It provides PostgreSQL (DATABASE_URL or the embedded server), applies migrations, seeds demo content
 * into an empty embedded database, runs the command, and stops the embedded server when the command ends.
 */
import nextEnv from '@next/env'
import { spawn } from 'node:child_process'
import path from 'node:path'

import { provideDatabase } from './database'
import { nodeConditions } from './node'
import { projectRoot } from './paths'
import { prepareDatabase } from './prepare'

nextEnv.loadEnvConfig(projectRoot)

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: tsx bootstrap/run.ts <next|payload|--seed> [args...]')
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
    await prepareDatabase('always')
  } else {
    // The app and the job worker need the current schema; other Payload CLI commands (migrate, migrate:create,
    // ...) manage it themselves. Demo content goes only into the embedded database, so no deployment ever gets
    // demo passwords.
    const servesTheApp = command === 'next' || (command === 'payload' && args[0] === 'jobs:run')
    if (servesTheApp) await prepareDatabase(database.embedded ? 'if-empty' : 'never')
    exitCode = await runCommand(command, args)
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  await database.stop()
}
process.exit(exitCode)

function runCommand(name: string, commandArgs: string[]): Promise<number> {
  // Next.js bundles the editor itself; the Payload CLI loads it through Node like this process does.
  const nodeOptions =
    name === 'payload'
      ? [process.env.NODE_OPTIONS, ...nodeConditions].filter(Boolean).join(' ')
      : process.env.NODE_OPTIONS
  const child = spawn(path.join(projectRoot, 'node_modules', '.bin', name), commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
  })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))))
}
