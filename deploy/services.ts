/**
 * Debian's redis-server and nginx, and s3rver (npm) as S3-compatible object storage, run on loopback from a
 * temporary folder for the local cluster (deploy/cluster.ts): each started with its own configuration and
 * stopped by its own process.
 */
import { createClient } from '@redis/client'
import { type ChildProcess, spawn } from 'node:child_process'
import { accessSync, constants, promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { exitOf } from '../bootstrap/scripts'
import { projectRoot } from '../bootstrap/paths'

/** The Debian packages the local cluster needs, with how to get them. */
export const CLUSTER_SERVICES = ['redis-server', 'nginx'] as const
export const CLUSTER_INSTALL_HINT =
  'Install Debian’s Redis and nginx for the cluster tests: sudo apt-get install -y --no-install-recommends redis-server nginx'

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Where a command is installed; Debian puts nginx in /usr/sbin, which is not on every user's PATH. */
const commandPath = (command: string) =>
  [...(process.env.PATH ?? '').split(':'), '/usr/sbin'].map((dir) => path.join(dir, command)).find(executable)

/** The cluster services missing on this machine. */
export const missingClusterServices = () => CLUSTER_SERVICES.filter((command) => !commandPath(command))

/** A service process; `stop` ends it and waits for it. */
export type Service = { child: ChildProcess; stop: () => Promise<void> }

/**
 * Waits until a just-started process answers `ready`, then returns it as a service that `stop` ends. A process
 * that never gets ready is killed: nothing outlives a failed start.
 */
async function startService(
  child: ChildProcess,
  what: string,
  ready: () => Promise<boolean>,
  stop: (child: ChildProcess) => Promise<unknown> | void,
): Promise<Service> {
  const exited = exitOf(child)
  const running = () => child.exitCode === null && child.signalCode === null
  const deadline = Date.now() + 10_000
  while (!(await ready().catch(() => false))) {
    if (Date.now() > deadline || !running()) {
      if (running()) child.kill('SIGKILL')
      throw new Error(`${what} did not start within 10 s`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    child,
    stop: async () => {
      if (running()) await stop(child)
      await exited
    },
  }
}

const redisClient = (port: number) => {
  const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } })
  client.on('error', () => {})
  return client
}

/**
 * Redis on 127.0.0.1:`port`. Stopping it saves its data to `dir` and starting it again there loads it, as a
 * restarted production Redis would: the cache survives, and so do stale pages an instance must catch up on.
 */
export async function startRedis(port: number, dir: string): Promise<Service> {
  await fs.mkdir(dir, { recursive: true })
  const child = spawn(
    commandPath('redis-server') ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const ping = async () => {
    const client = redisClient(port)
    try {
      await client.connect()
      return (await client.ping()) === 'PONG'
    } finally {
      if (client.isOpen) client.destroy()
    }
  }
  const shutdown = async () => {
    const client = redisClient(port)
    await client.connect()
    // The server closes the connection as it stops, so the command never gets its answer.
    await client.sendCommand(['SHUTDOWN', 'SAVE']).catch(() => undefined)
    if (client.isOpen) client.destroy()
  }
  return startService(child, 'redis-server', ping, shutdown)
}

/** Where the local object storage keeps its bucket, and the credentials s3rver accepts. */
export type ObjectStorage = Service & { env: Record<string, string> }

/**
 * S3-compatible object storage on 127.0.0.1:`port` (s3rver, files under `dir`) with one bucket, and the S3_*
 * variables that point the app at it. Production uses a real one (AWS S3, MinIO); s3rver speaks enough of the
 * API for uploads, reads and deletions.
 */
export async function startObjectStorage(dir: string, port: number): Promise<ObjectStorage> {
  const bucket = 'clinic-media'
  const child = spawn(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules/s3rver/bin/s3rver.js'),
      ...['--directory', dir, '--address', '127.0.0.1', '--port', String(port), '--silent'],
      ...['--configure-bucket', bucket],
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const endpoint = `http://127.0.0.1:${port}`
  const ready = async () => (await fetch(`${endpoint}/${bucket}`)).status < 500
  return {
    ...(await startService(child, 's3rver', ready, () => void child.kill('SIGTERM'))),
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      // s3rver's fixed development credentials.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
  }
}

/** Fills `${NAME}` placeholders as the nginx image's envsubst does; a placeholder left unfilled is an error. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Z_]+)\}/g, (placeholder, name: string) => {
    if (!(name in values)) throw new Error(`deploy/nginx template: no value for ${placeholder}`)
    return values[name]
  })
}

/**
 * nginx on 127.0.0.1:`port` with deploy/nginx/site.conf.template in front of `upstreams` (host:port), its refresh
 * listener on 127.0.0.1:`refreshPort`, everything it writes (cache, temporary bodies, logs, pid) under `dir`. With
 * `trustLoopback`, a client on this machine is taken for a proxy in front (a CDN) that names each visitor in
 * X-Forwarded-For: how a load generator stands in for many visitors.
 */
export async function startNginx(
  dir: string,
  { port, refreshPort, upstreams, trustLoopback = false }: NginxOptions,
): Promise<Service> {
  const template = await fs.readFile(path.join(projectRoot, 'deploy/nginx/site.conf.template'), 'utf8')
  const site = fillTemplate(template, {
    APP_SERVERS: upstreams.map((upstream) => `server ${upstream} max_fails=0;`).join('\n    '),
    LISTEN: `127.0.0.1:${port}`,
    REFRESH_LISTEN: `127.0.0.1:${refreshPort}`,
    CACHE_DIR: path.join(dir, 'cache'),
    TRUSTED_PROXIES: trustLoopback ? 'set_real_ip_from 127.0.0.1; real_ip_header X-Forwarded-For;' : '',
  })
  return runNginx(dir, port, site)
}

type NginxOptions = { port: number; refreshPort: number; upstreams: string[]; trustLoopback?: boolean }

/**
 * nginx on 127.0.0.1:`port` serving `file` at every address, and `file`.gz (the bytes the proxy sends) to clients
 * that accept gzip: what the benchmark compares the proxy with (the same bytes, no app behind them).
 */
export async function startStaticNginx(dir: string, port: number, file: string): Promise<Service> {
  const site = `server {
    listen 127.0.0.1:${port};
    gzip_static on;
    location = /proxy-error.html { return 404; }
    root ${path.dirname(file)};
    location / { default_type text/html; try_files /${path.basename(file)} =404; }
}
`
  return runNginx(dir, port, site)
}

/** Runs nginx on `port` with `site` (http-level configuration) inside a minimal main configuration under `dir`. */
async function runNginx(dir: string, port: number, site: string): Promise<Service> {
  const temp = (name: string) => path.join(dir, name)
  // Run as root (as here), nginx's workers would switch to `nobody`, which cannot write to this folder.
  const user = os.userInfo().uid === 0 ? 'user root;' : ''
  const main = `${user}
worker_processes 1;
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${temp('body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  include ${temp('site.conf')};
}
`
  await fs.mkdir(dir, { recursive: true })
  await fs.writeFile(temp('site.conf'), site)
  await fs.writeFile(temp('nginx.conf'), main)
  const child = spawn(
    commandPath('nginx') ?? 'nginx',
    ['-p', dir, '-e', temp('error.log'), '-c', temp('nginx.conf'), '-g', 'daemon off; master_process on;'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const listening = async () => (await fetch(`http://127.0.0.1:${port}/proxy-error.html`)).status > 0
  // SIGQUIT: nginx finishes the requests it is serving, then stops.
  return startService(child, 'nginx', listening, () => void child.kill('SIGQUIT'))
}
