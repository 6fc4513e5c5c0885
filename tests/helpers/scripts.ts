import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process'

import { typeScriptNodeArgs } from '../../bootstrap/node'
import { projectRoot } from '../../bootstrap/paths'

/** Starts one of the project's TypeScript scripts as a single Node process (no tsx wrapper; see bootstrap/node.ts). */
export const spawnScript = (args: string[], options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {}) =>
  spawn(process.execPath, [...typeScriptNodeArgs, ...args], { cwd: projectRoot, ...options })

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

/** Runs a script to its end; rejects unless it exits with 0. */
export async function runScript(args: string[], env: NodeJS.ProcessEnv, stdout: 'inherit' | 'ignore' = 'inherit') {
  const code = await exitOf(spawnScript(args, { env, stdio: ['ignore', stdout, 'inherit'] }))
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`)
}

/** Runs a script to its end and returns its exit code and everything it printed. */
export async function runScriptForOutput(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawnScript(args, { env })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return { code: await exitOf(child), output }
}

/**
 * A throwaway embedded PostgreSQL in its own process (tests/setup/postgresServer.ts): `url` resolves to the
 * server's URL, `stop()` closes the script's stdin so it stops the server, `child` is the Node process itself.
 */
export function startPostgresProcess(dataDirectory: string) {
  const child = spawnScript(['tests/setup/postgresServer.ts', dataDirectory], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = exitOf(child).then(() => undefined)
  const url = new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('\n')) resolve(output.split('\n')[0].trim())
    })
    child.on('error', reject)
    void exited.then(() => reject(new Error('the test PostgreSQL exited before printing its URL')))
  })
  return { child, url, exited, stop: () => (child.stdin?.end(), exited) }
}
