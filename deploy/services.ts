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

function service(child: ChildProcess, signal: NodeJS.Signals): Service {
  const exited = exitOf(child)
  return {
    child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}

/** Resolves once `check` passes, or rejects after `withinMs` with what the service printed. */
async function until(check: () => Promise<boolean>, withinMs: number, what: string) {
  const deadline = Date.now() + withinMs
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${withinMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Redis on 127.0.0.1:`port`, keeping nothing on disk (a page cache is rebuilt from the database). */
export async function startRedis(port: number): Promise<Service> {
  const child = spawn(
    commandPath('redis-server') ?? 'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', os.tmpdir()],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const ping = async () => {
    const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: false } })
    client.on('error', () => {})
    try {
      await client.connect()
      return (await client.ping()) === 'PONG'
    } finally {
      if (client.isOpen) await client.close()
    }
  }
  await until(ping, 10_000, 'redis-server')
  return service(child, 'SIGTERM')
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
  await until(async () => (await fetch(`${endpoint}/${bucket}`)).status < 500, 10_000, 's3rver')
  return {
    ...service(child, 'SIGTERM'),
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
 * nginx on 127.0.0.1:`port` with deploy/nginx/site.conf.template in front of `upstreams` (host:port), everything
 * it writes (cache, temporary bodies, logs, pid) under `dir`.
 */
export async function startNginx(dir: string, port: number, upstreams: string[]): Promise<Service> {
  const template = await fs.readFile(path.join(projectRoot, 'deploy/nginx/site.conf.template'), 'utf8')
  const site = fillTemplate(template, {
    APP_SERVERS: upstreams.map((upstream) => `server ${upstream} max_fails=0;`).join('\n    '),
    LISTEN: `127.0.0.1:${port}`,
    CACHE_DIR: path.join(dir, 'cache'),
  })
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
  await until(listening, 10_000, 'nginx')
  // SIGQUIT: nginx finishes the requests it is serving, then stops.
  return service(child, 'SIGQUIT')
}
