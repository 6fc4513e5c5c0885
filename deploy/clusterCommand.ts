/**
 * `npm run cluster` (through bootstrap/run.ts, which provides the database): builds the app, starts the local
 * cluster (deploy/cluster.ts) and runs it until Ctrl-C, then stops everything it started.
 * `npm run cluster -- --no-build` reuses the current build.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { projectRoot } from '../bootstrap/paths'
import { exitOf } from '../bootstrap/scripts'
import { type Cluster, startCluster } from './cluster'
import { CLUSTER_INSTALL_HINT, missingClusterServices } from './services'

// Ctrl-C at any point, even during the build or the start, stops what was started: process.exit runs the
// cluster's own clean-up of the processes it started (deploy/cluster.ts).
let cluster: Cluster | undefined = undefined
let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await cluster?.stop()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop())

const missing = missingClusterServices()
if (missing.length > 0) {
  console.error(`The cluster needs ${missing.join(' and ')}. ${CLUSTER_INSTALL_HINT}`)
  process.exit(1)
}
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) throw new Error('Run through bootstrap/run.ts (npm run cluster), which provides the database')

if (!process.argv.includes('--no-build')) {
  const build = spawn(path.join(projectRoot, 'node_modules/.bin/next'), ['build'], { stdio: 'inherit' })
  if ((await exitOf(build)) !== 0) process.exit(1)
}

const instances = Number(process.env.CLUSTER_INSTANCES ?? 2)
cluster = await startCluster({ databaseUrl, instances, output: 'inherit' })
console.log(`
Cluster ready:
  site (nginx, 1 s micro-cache)  ${cluster.url}
  app instances                  ${cluster.instances.map((instance) => instance.url).join('  ')}
  Redis (page cache)             ${cluster.redisUrl}
  job runners                    one beside each instance, and one \`npm run jobs\` worker
Ctrl-C stops everything.`)
