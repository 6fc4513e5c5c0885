import { type ChildProcess, spawn, type StdioOptions } from 'node:child_process'

import { typeScriptNodeArgs } from './node'
import { projectRoot } from './paths'

/** Starts one of the project's TypeScript scripts as a single Node process (no tsx wrapper; see bootstrap/node.ts). */
export const spawnScript = (args: string[], options: { env?: NodeJS.ProcessEnv; stdio?: StdioOptions } = {}) =>
  spawn(process.execPath, [...typeScriptNodeArgs, ...args], { cwd: projectRoot, ...options })

export const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

/** Runs a script to its end; rejects unless it exits with 0. */
export async function runScript(args: string[], env: NodeJS.ProcessEnv, stdout: 'inherit' | 'ignore' = 'inherit') {
  const code = await exitOf(spawnScript(args, { env, stdio: ['ignore', stdout, 'inherit'] }))
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}`)
}

export type ProductionServer = { url: string; stop: () => Promise<void> }

/**
 * `npm run build && npm start` on `port`, through bootstrap/run.ts, with NEXT_PUBLIC_SERVER_URL set to the
 * server's own address. Resolves once the home page answers.
 */
export async function buildAndStart(port: number, env: NodeJS.ProcessEnv): Promise<ProductionServer> {
  await runScript(['bootstrap/run.ts', 'next', 'build'], serverEnvFor(port, env), 'ignore')
  return startBuilt(port, env)
}

/** The environment of a production server on `port`: its own address as the public one. */
export const serverEnvFor = (port: number, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...env,
  NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
  PORT: String(port),
})

/** `npm start` on `port` from the last build (made with serverEnvFor's environment); resolves once it answers. */
export async function startBuilt(port: number, env: NodeJS.ProcessEnv): Promise<ProductionServer> {
  const serverEnv = serverEnvFor(port, env)
  const url = serverEnv.NEXT_PUBLIC_SERVER_URL!
  const server = spawnScript(['bootstrap/run.ts', 'next', 'start', '-p', String(port)], {
    env: serverEnv,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = exitOf(server)
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
