/**
 * npm run bench:leads: POST /api/leads against the production server under load, with the job worker running
 * beside it as in production (mail to an outbox folder), then checks in PostgreSQL that the leads stored are
 * exactly the leads acknowledged (none lost, none twice), waits until each lead's two notifications are
 * written, and reports how long after the last lead that was. With the server stopped it then queues a
 * backlog of notification jobs and times one worker draining it. A measurement, not a test: it runs on its
 * own throwaway database and drops it.
 *
 * BENCH_LEADS_CONNECTIONS (50), BENCH_LEADS_SECONDS (10) and BENCH_LEADS_REPEAT_SHARE (0.1: the share of
 * requests that repeat an earlier Idempotency-Key) change the load; BENCH_LEADS_BACKLOG (10 000) the jobs
 * queued for the drain. With `--cluster`, the same load then goes through nginx to two instances
 * (deploy/cluster.ts), and both figures are printed side by side.
 */
import autocannon from 'autocannon'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { exitOf, spawnScript } from '../bootstrap/scripts'
import { startCluster } from '../deploy/cluster'
import { consultationRequest, cpuSecondsOf, notificationJobsLeft, processGroupOf, waitUntil } from './leadPipeline'
import { seededServer } from './seededServer'
import { throwawayDatabase } from './throwawayDatabase'

const LOAD = {
  connections: Number(process.env.BENCH_LEADS_CONNECTIONS ?? 50),
  duration: Number(process.env.BENCH_LEADS_SECONDS ?? 10),
  repeatShare: Number(process.env.BENCH_LEADS_REPEAT_SHARE ?? 0.1),
  backlog: Number(process.env.BENCH_LEADS_BACKLOG ?? 10_000),
}
// Draining what the load queued, or the backlog, may take this long before the figure counts as missed.
const DRAIN_TIMEOUT_MS = 10 * 60_000
const run = randomBytes(4).toString('hex')

/** What the server answered for each key (the lead id), and everything that went wrong. */
const acknowledged = new Map<string, number>()
const problems = { duplicateIds: 0, unexpectedStatus: new Map<number, number>() }
const sentKeys: string[] = []
let sequence = 0
let lastAcknowledgedAt = 0

type Context = { key?: string }

/** Which load this is (one server, or the cluster): each has its own keys, leads and mail folder. */
let phase = 'single'

function nextRequest(request: autocannon.Request, context: Context): autocannon.Request {
  const repeat = sentKeys.length > 0 && Math.random() < LOAD.repeatShare
  const key = repeat
    ? sentKeys[Math.floor(Math.random() * sentKeys.length)]
    : `bench-${run}-${phase}-${(sequence += 1)}`
  if (!repeat) sentKeys.push(key)
  return { ...request, ...nextRequestFor(key, context) }
}

/** The consultation request sent under `key` (the same body each time it is sent). */
function nextRequestFor(key: string, context: Context): autocannon.Request {
  context.key = key
  return consultationRequest(key, Number(key.split('-').pop()))
}

function recordAnswer(status: number, body: string, context: Context) {
  if (status !== 201) {
    problems.unexpectedStatus.set(status, (problems.unexpectedStatus.get(status) ?? 0) + 1)
    return
  }
  const { id } = JSON.parse(body) as { id: number }
  lastAcknowledgedAt = Date.now()
  const earlier = acknowledged.get(context.key!)
  if (earlier !== undefined && earlier !== id) problems.duplicateIds += 1
  acknowledged.set(context.key!, id)
}

const attack = (url: string, duration: number) =>
  autocannon({
    url,
    connections: LOAD.connections,
    duration,
    requests: [{ setupRequest: nextRequest, onResponse: recordAnswer } as autocannon.Request],
  })

/** The notifications written to `folder`: how many, and when the first and the last were written. */
async function outbox(folder: string) {
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.eml'))
  const times = await Promise.all(names.map(async (name) => (await stat(path.join(folder, name))).mtimeMs))
  return { written: names.length, first: Math.min(...times), last: Math.max(...times) }
}

/** Waits until every notification job is done; false when one gave up or the wait timed out. */
async function drained(client: pg.Client) {
  let state = await notificationJobsLeft(client)
  const done = await waitUntil(
    async () => (state = await notificationJobsLeft(client)).left === state.failed,
    DRAIN_TIMEOUT_MS,
  )
  return done && state.failed === 0
}

/** Queues `count` notification jobs for this run's leads as the intake does (two per lead, leads repeating). */
const queueBacklog = (client: pg.Client, count: number) =>
  client.query(
    `WITH lead AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total
                   FROM leads WHERE idempotency_key LIKE $1)
     INSERT INTO payload_jobs (input, task_slug, queue)
     SELECT jsonb_build_object('lead', lead.id),
            (CASE WHEN i % 2 = 0 THEN 'notifyClinic' ELSE 'confirmToVisitor' END)::enum_payload_jobs_task_slug, 'default'
     FROM generate_series(0, $2 - 1) AS i JOIN lead ON lead.n = (i / 2) % lead.total`,
    [`bench-${run}-%`, count],
  )

let verdict = 'no loss, no duplicate'
const figures: Record<string, LoadFigures> = {}

/** Figures of one load, for the table that sets one server beside the cluster. */
type LoadFigures = { 'leads/s': number; 'p50 ms': number; 'p99 ms': number; lost: number; duplicated: number }

/**
 * Sends leads to `url` for a warm-up and then LOAD.duration, retries what the end of the load cut off, and checks
 * that the leads stored are the leads acknowledged and that each got its two notifications (written to
 * `mailFolder`). Prints its tables; `verdict` becomes MISMATCH on any loss, duplicate or missing mail.
 */
async function measure(url: string, client: pg.Client, mailFolder: string, label: string): Promise<LoadFigures> {
  acknowledged.clear()
  sentKeys.length = 0
  problems.duplicateIds = 0
  problems.unexpectedStatus.clear()
  // Warm-up (JIT, connection pool, prepared lookups); its leads are verified too.
  await attack(url, 3)
  const result = await attack(url, LOAD.duration)

  console.log(
    `\nPOST /api/leads: ${LOAD.connections} connections for ${LOAD.duration} s (after a 3 s warm-up), ` +
      `${Math.round(LOAD.repeatShare * 100)}% of requests repeat an earlier Idempotency-Key, ${label}`,
  )
  console.table({
    'POST /api/leads': {
      'requests/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      errors: result.errors + result.timeouts,
    },
  })

  // Requests still in flight when the load stopped were cut off unanswered. A client retries them with the
  // same key, which must answer with the lead stored (or store it now), never a second one.
  const unanswered = sentKeys.filter((key) => !acknowledged.has(key))
  for (const key of unanswered) {
    const context: Context = {}
    const retry = nextRequestFor(key, context)
    const response = await fetch(url + retry.path, {
      method: 'POST',
      headers: retry.headers as Record<string, string>,
      body: retry.body as string,
    })
    recordAnswer(response.status, await response.text(), context)
  }

  const stored = await client.query<{ leads: string; keys: string }>(
    `SELECT count(*) AS leads, count(DISTINCT idempotency_key) AS keys FROM leads WHERE idempotency_key LIKE $1`,
    [`bench-${run}-${phase}-%`],
  )
  const { leads, keys } = stored.rows[0]
  const allSent = await drained(client)
  const notifications = await outbox(mailFolder)
  const acknowledgedIds = new Set(acknowledged.values())
  const lost = acknowledgedIds.size - Number(leads)
  console.table({
    'cut off by the end of the load, then retried': unanswered.length,
    'leads acknowledged (201, distinct)': acknowledgedIds.size,
    'leads stored': Number(leads),
    'distinct keys stored': Number(keys),
    'lost (acknowledged, not stored)': Math.max(0, lost),
    'duplicated (stored, not acknowledged, or a key answered with two ids)': Math.max(0, -lost) + problems.duplicateIds,
    'notifications written (2 per lead, one file per Message-ID)': notifications.written,
    'all notification jobs done, none given up': allSent ? 'yes' : 'NO',
    'last lead acknowledged → last notification written, s': Number(
      ((notifications.last - lastAcknowledgedAt) / 1000).toFixed(1),
    ),
    'answers other than 201': [...problems.unexpectedStatus].map(([status, n]) => `${status}×${n}`).join(' ') || 0,
  })
  if (lost !== 0 || problems.duplicateIds !== 0 || !allSent || notifications.written !== 2 * Number(leads)) {
    verdict = 'MISMATCH'
  }
  console.log(`\n${Math.round(result.requests.average)} leads/s, p99 ${result.latency.p99} ms: ${verdict}`)
  return {
    'leads/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    lost: Math.max(0, lost),
    duplicated: Math.max(0, -lost) + problems.duplicateIds,
  }
}

const benchDatabase = await throwawayDatabase(`bench_leads_${run}`)
const mailFolder = await mkdtemp(path.join(os.tmpdir(), 'bench-leads-mail-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: benchDatabase.url,
  // The default rate limits apply. Visitors arrive through one trusted proxy, which names them in
  // X-Forwarded-For (one address per visitor, as in production behind a load balancer).
  TRUSTED_PROXY_HOPS: '1',
  // The job worker runs beside the server, as in production; its mail goes to a folder of this run.
  MAIL_OUTBOX_DIR: path.join(mailFolder, 'load'),
}
delete env.JOBS_IN_APP
try {
  console.log('Seeding a throwaway database, then building and starting the production server…')
  const { server, client } = await seededServer(env)
  try {
    figures['one instance'] = await measure(server.url, client, path.join(mailFolder, 'load'), 'jobs in the app')
  } finally {
    await server.stop()
  }

  if (process.argv.includes('--cluster')) {
    // The same build and database behind nginx, over two instances (each with its runner) and a worker. The load
    // generator stands for a CDN naming each visitor, as the single server's trusted proxy did.
    phase = 'cluster'
    console.log('\nStarting nginx, two instances, a worker, Redis and object storage on the same build…')
    const clusterMail = path.join(mailFolder, 'cluster')
    const cluster = await startCluster({
      databaseUrl: env.DATABASE_URL!,
      env: { ...env, MAIL_OUTBOX_DIR: clusterMail },
      trustLoopback: true,
    })
    try {
      figures['nginx, two instances'] = await measure(cluster.url, client, clusterMail, 'through nginx, two instances')
    } finally {
      await cluster.stop()
    }
    console.log('\nOne instance beside two behind nginx, in this run')
    console.table(figures)
  }

  // A backlog with nothing else running: jobs queued while no worker ran, then one worker starts.
  await queueBacklog(client, LOAD.backlog)
  const backlogFolder = path.join(mailFolder, 'backlog')
  const startedAt = Date.now()
  const worker = spawnScript(['bootstrap/run.ts', 'jobs'], {
    env: { ...env, MAIL_OUTBOX_DIR: backlogFolder },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  // CPU of the worker and of this database's PostgreSQL sessions: where the drain spends its time.
  const cpu = () => ({
    worker: cpuSecondsOf(
      ({ command, group }) => group === processGroupOf(process.pid) && command.includes('jobs/worker.ts'),
    ),
    postgres: cpuSecondsOf(({ command }) => command.startsWith('postgres:') && command.includes(benchDatabase.name)),
  })
  let cpuAtFirstJob: ReturnType<typeof cpu> | undefined
  const allSent = await waitUntil(async () => {
    const { left, failed } = await notificationJobsLeft(client)
    if (left < LOAD.backlog) cpuAtFirstJob ??= cpu()
    return left === failed
  }, DRAIN_TIMEOUT_MS)
  const cpuAtEnd = cpu()
  const drainedAt = Date.now()
  worker.kill('SIGTERM')
  await exitOf(worker)
  await client.end()
  const backlog = await outbox(backlogFolder)
  const seconds = (backlog.last - backlog.first) / 1000
  const perSecond = Math.round(backlog.written / seconds)
  console.log(`\nBacklog: ${LOAD.backlog} notification jobs queued, then one job worker started`)
  console.table({
    'notifications written': backlog.written,
    'worker start → backlog drained, s': Number(((drainedAt - startedAt) / 1000).toFixed(1)),
    'first → last notification written, s': Number(seconds.toFixed(1)),
    'notifications/s (target ≥ 200)': perSecond,
    'worker CPU while draining, s': Number((cpuAtEnd.worker - (cpuAtFirstJob?.worker ?? 0)).toFixed(1)),
    'PostgreSQL CPU while draining, s': Number((cpuAtEnd.postgres - (cpuAtFirstJob?.postgres ?? 0)).toFixed(1)),
  })
  if (!allSent || backlog.written !== LOAD.backlog) verdict = 'MISMATCH'
  console.log(
    `\nBacklog of ${LOAD.backlog}: ${perSecond} notifications/s, drained in ${seconds.toFixed(1)} s ` +
      `(targets ≥ 200/s, under 60 s: ${perSecond >= 200 && seconds < 60 ? 'met' : 'MISSED'})`,
  )
  if (verdict === 'MISMATCH') process.exitCode = 1
} finally {
  await benchDatabase.drop()
  await rm(mailFolder, { recursive: true, force: true })
}
process.exit(process.exitCode ?? 0)
