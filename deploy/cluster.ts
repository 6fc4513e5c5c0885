/**
 * The production layout on one machine, on loopback only: nginx (deploy/nginx/site.conf.template) in front of
 * several `npm start` instances of one build, each with its in-app job runner, plus a separate `npm run jobs`
 * worker, all over one PostgreSQL, one Redis and one S3-compatible object storage (s3rver). Used by
 * `npm run cluster`, the cluster tests and the benchmarks' `--cluster` mode.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../bootstrap/freePort'
import { typeScriptNodeArgs } from '../bootstrap/node'
import { projectRoot } from '../bootstrap/paths'
import { exitOf } from '../bootstrap/scripts'
import { type Service, startNginx, startObjectStorage, startRedis } from './services'

export type ClusterOptions = {
  /** The database every process shares (already migrated). */
  databaseUrl: string
  /** How many app instances (2). */
  instances?: number
  /** More environment for every app process (mail, media folder, secrets). */
  env?: NodeJS.ProcessEnv
  /** Where the app processes' output goes ('inherit' for `npm run cluster`). */
  output?: 'inherit' | 'ignore'
  /** nginx takes a client on this machine for a CDN naming each visitor (benchmarks: see startNginx). */
  trustLoopback?: boolean
}

export type ClusterInstance = {
  /** The instance's own address, behind nginx. */
  url: string
  port: number
  /** SIGKILL to the instance's whole process group (server and its job runner), as a crash would. */
  kill: () => Promise<void>
  /** Starts it again on the same port; resolves once it answers. */
  restart: () => Promise<void>
}

export type Cluster = {
  /** nginx, the address visitors use. */
  url: string
  redisUrl: string
  instances: ClusterInstance[]
  redis: { stop: () => Promise<void>; start: () => Promise<void> }
  stop: () => Promise<void>
}

/** One app process in its own process group (so a kill reaches its children), through bootstrap/run.ts. */
function startAppProcess(args: string[], env: NodeJS.ProcessEnv, output: 'inherit' | 'ignore' | 'pipe'): ChildProcess {
  return spawn(process.execPath, [...typeScriptNodeArgs, 'bootstrap/run.ts', ...args], {
    cwd: projectRoot,
    env,
    detached: true,
    stdio: ['ignore', output, 'inherit'],
  })
}

/**
 * Starts the `npm run jobs` worker and resolves once it says it has started. Loading the Payload config takes it
 * about 10 s of a core: a cluster handed over before that would share its cores with that start-up.
 */
function startJobWorker(env: NodeJS.ProcessEnv, output: 'inherit' | 'ignore', withinMs: number) {
  const child = startAppProcess(['jobs'], env, 'pipe')
  const started = new Promise<void>((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer)
      if (error) reject(error)
      else resolve()
    }
    const timer = setTimeout(
      () => settle(new Error(`The job worker did not start within ${withinMs / 1000} s`)),
      withinMs,
    )
    child.once('exit', (code) => settle(new Error(`The job worker exited (${code}) before it started`)))
    // The last characters of the previous chunk too: the line may arrive in two pieces.
    let tail = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      if (output === 'inherit') process.stdout.write(chunk)
      const text = tail + chunk.toString()
      if (text.includes('Job worker started')) settle()
      tail = text.slice(-32)
    })
  })
  return { child, started }
}

async function answers(url: string, withinMs: number) {
  const deadline = Date.now() + withinMs
  for (;;) {
    const ok = await fetch(`${url}/api/ready`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    if (Date.now() > deadline) throw new Error(`${url} did not get ready within ${withinMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/**
 * Signals a process group (its leader may be gone while its children still run) and waits for the leader to exit.
 */
const stopGroup = async (child: ChildProcess, signal: NodeJS.Signals) => {
  const running = child.exitCode === null && child.signalCode === null
  const exited = running ? exitOf(child) : Promise.resolve()
  try {
    if (child.pid) process.kill(-child.pid, signal)
  } catch {
    // Nothing left in the group.
  }
  await exited
}

/** Kills a process group at once (synchronously: for a parent that is exiting). */
const killGroupNow = (child: ChildProcess) => {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}

/** Starts the cluster on the current build (`npm run build` first). */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { databaseUrl, instances: count = 2, env = process.env, output = 'ignore', trustLoopback = false } = options
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinics-cluster-'))
  const [proxyPort, refreshPort, redisPort, storagePort, ...appPorts] = await Promise.all(
    Array.from({ length: count + 4 }, () => freePort()),
  )
  const url = `http://127.0.0.1:${proxyPort}`
  const redisUrl = `redis://127.0.0.1:${redisPort}`
  const services: Service[] = []
  const apps: ChildProcess[] = []
  const appEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    // Links, revalidation requests from scripts and the worker go through the proxy, as in production.
    NEXT_PUBLIC_SERVER_URL: url,
    // Only nginx reaches the instances, so the one X-Forwarded-For entry it sets is the visitor's.
    TRUSTED_PROXY_HOPS: '1',
    // Each instance runs jobs beside it, as `npm start` does by default, with the worker as a third runner.
    JOBS_IN_APP: 'true',
    // Pages revalidated after an edit are fetched afresh into nginx's cache at once (site/proxyRefresh.mjs).
    PAGE_CACHE_REFRESH_URLS: `http://127.0.0.1:${refreshPort}`,
  }

  // The instances run in process groups of their own, which no Ctrl-C reaches: whenever this process exits
  // before stopping the cluster (interrupted, failed), nothing it started may be left running.
  const killEverything = () => {
    apps.forEach(killGroupNow)
    for (const service of [...services, redis]) service?.child.kill('SIGKILL')
  }
  process.on('exit', killEverything)
  const stop = async () => {
    await Promise.all(apps.map((child) => stopGroup(child, 'SIGTERM')))
    await Promise.all([...services, redis].map((service) => service?.stop()))
    process.off('exit', killEverything)
    await fs.rm(dir, { recursive: true, force: true })
  }

  let redis: Service | undefined
  try {
    redis = await startRedis(redisPort, path.join(dir, 'redis'))
    const storage = await startObjectStorage(path.join(dir, 'objects'), storagePort)
    services.push(storage)
    // Uploads go to the bucket, where every instance finds them.
    Object.assign(appEnv, storage.env)
    const instances = await startInstances()
    const worker = startJobWorker(appEnv, output, 120_000)
    apps.push(worker.child)
    await worker.started
    services.push(
      await startNginx(path.join(dir, 'nginx'), {
        port: proxyPort,
        refreshPort,
        upstreams: appPorts.map((port) => `127.0.0.1:${port}`),
        trustLoopback,
      }),
    )
    return {
      url,
      redisUrl,
      instances,
      redis: {
        stop: async () => redis?.stop(),
        start: async () => {
          redis = await startRedis(redisPort, path.join(dir, 'redis'))
        },
      },
      stop,
    }
  } catch (error) {
    // Nothing it started outlives a failed start.
    await stop()
    throw error
  }

  function startInstances() {
    return Promise.all(
      appPorts.map(async (port): Promise<ClusterInstance> => {
        const start = () => {
          const child = startAppProcess(['next', 'start', '-p', String(port), '-H', '127.0.0.1'], appEnv, output)
          apps.push(child)
          return child
        }
        let child = start()
        const instanceUrl = `http://127.0.0.1:${port}`
        await answers(instanceUrl, 120_000)
        return {
          url: instanceUrl,
          port,
          kill: () => stopGroup(child, 'SIGKILL'),
          restart: async () => {
            child = start()
            await answers(instanceUrl, 120_000)
          },
        }
      }),
    )
  }
}
