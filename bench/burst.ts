/**
 * npm run bench:burst: the burst that once took the platform down (issue 10), repeated on one long-running
 * production server with jobs running beside it: BENCH_BURSTS (10) bursts of BENCH_BURST_LEADS (3 000) leads from
 * BENCH_BURST_CONNECTIONS (20) visitors at once, each request given 5 s. Between bursts the server gets what it
 * got in production: hostile requests, an admin's API traffic and lead erasures, and page views. A measurement,
 * not a test; it exits non-zero on any timeout, 5xx, lost lead, undelivered mail or connection left in a
 * transaction.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { DEMO_ADMIN_EMAIL } from '../seed/content/users'
import { consultationRequest, notificationJobsLeft, percentile, waitUntil } from './leadPipeline'
import { seededServer } from './seededServer'
import { throwawayDatabase } from './throwawayDatabase'
import { signInOver } from '../tests/helpers/http'

const BURST = {
  count: Number(process.env.BENCH_BURSTS ?? 10),
  leads: Number(process.env.BENCH_BURST_LEADS ?? 3_000),
  connections: Number(process.env.BENCH_BURST_CONNECTIONS ?? 20),
}
const TIMEOUT_MS = 5_000
const DRAIN_TIMEOUT_MS = 120_000
const run = randomBytes(4).toString('hex')
let sequence = 0

type Answer = { status: number | 'timeout' | 'error'; ms: number; id?: number }

/** Sends one request with the visitor's patience; a request without an answer in time is a timeout. */
async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const startedAt = performance.now()
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) })
    const body = await response.text()
    const id = response.status === 201 ? (JSON.parse(body) as { id: number }).id : undefined
    return { status: response.status, ms: performance.now() - startedAt, id }
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    return { status: timedOut ? 'timeout' : 'error', ms: performance.now() - startedAt }
  }
}

/** `count` requests made by `make`, `connections` at a time. */
async function inParallel(count: number, connections: number, make: (index: number) => Promise<Answer>) {
  const answers: Answer[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) answers.push(await make(next++))
    }),
  )
  return answers
}

const leadRequest = (serverUrl: string) => {
  sequence += 1
  const request = consultationRequest(`burst-${run}-${sequence}`, sequence)
  return send(serverUrl + request.path, { method: 'POST', headers: request.headers, body: request.body })
}

/** What a server meets between bursts: probes and malformed input, an admin at work, visitors reading pages. */
async function everydayTraffic(serverUrl: string, adminToken: string) {
  const json = { 'content-type': 'application/json' }
  const hostile: [string, RequestInit][] = [
    ['/api/leads', { method: 'POST', headers: json, body: '{"name":"\\u0000","email":"a@b.c"}' }],
    ['/api/leads', { method: 'POST', headers: json, body: `${'['.repeat(5_000)}${']'.repeat(5_000)}` }],
    ['/api/leads', { method: 'POST', headers: json, body: 'x'.repeat(64 * 1024) }],
    ['/api/clinics/not-a-number', {}],
    ['/api/clinics?where[slug][equals]=%00', {}],
    ['/api/articles?page=-1', {}],
    ['/wp-login.php', {}],
    ['/en/../../etc/passwd', {}],
    ['/api/graphql', { method: 'POST', headers: json, body: JSON.stringify({ query: '{ '.repeat(3_000) }) }],
  ]
  const answers: Answer[] = []
  for (let round = 0; round < 30; round += 1) {
    for (const [address, init] of hostile) answers.push(await send(serverUrl + address, init))
  }
  const admin = { authorization: `JWT ${adminToken}`, ...json }
  for (const address of ['/api/leads?limit=50&depth=1', '/api/clinics?depth=2', '/api/payload-jobs?limit=5']) {
    answers.push(await send(serverUrl + address, { headers: admin }))
  }
  // An admin erases a few people's leads (as a person's right to erasure would).
  for (let n = 0; n < 5; n += 1) {
    const email = `burst-${run}-${Math.max(1, sequence - n * 7)}@example.com`
    answers.push(
      await send(`${serverUrl}/api/leads/erase`, {
        method: 'POST',
        headers: admin,
        body: JSON.stringify({ email, mode: n % 2 ? 'delete' : 'anonymize' }),
      }),
    )
  }
  for (const page of ['/en', '/de/kliniken/berlin-mitte', '/fr/cliniques/london-marylebone', '/ar']) {
    answers.push(await send(serverUrl + page))
  }
  return answers
}

const benchDatabase = await throwawayDatabase(`bench_burst_${run}`)
const outbox = await mkdtemp(path.join(os.tmpdir(), `burst-mail-${run}-`))
const env = {
  ...process.env,
  DATABASE_URL: benchDatabase.url,
  TRUSTED_PROXY_HOPS: '1',
  MAIL_OUTBOX_DIR: outbox,
}
let failed = false
try {
  console.log('Seeding a throwaway database, then building and starting the production server (jobs beside it)…')
  const { server, client } = await seededServer(env)
  try {
    const token = await signInOver(server.url, DEMO_ADMIN_EMAIL)
    const rows: Record<string, unknown>[] = []
    for (let burst = 1; burst <= BURST.count; burst += 1) {
      const everyday = await everydayTraffic(server.url, token)
      const startedAt = Date.now()
      const answers = await inParallel(BURST.leads, BURST.connections, () => leadRequest(server.url))
      const loadSeconds = (Date.now() - startedAt) / 1000
      const drained = await waitUntil(async () => {
        const { left, failed: givenUp } = await notificationJobsLeft(client)
        return left === givenUp
      }, DRAIN_TIMEOUT_MS)
      const count = (status: Answer['status']) => answers.filter((answer) => answer.status === status).length
      const serverErrors = [...answers, ...everyday].filter(
        (answer) => typeof answer.status === 'number' && answer.status >= 500,
      ).length
      const row = {
        'leads acknowledged': count(201),
        timeouts: count('timeout') + everyday.filter((answer) => answer.status === 'timeout').length,
        'connection errors': count('error'),
        '5xx': serverErrors,
        'leads/s': Math.round(BURST.leads / loadSeconds),
        'p99 ms': Math.round(
          percentile(
            answers.map((answer) => answer.ms),
            0.99,
          ) ?? 0,
        ),
        'mail drained in, s': drained ? Number(((Date.now() - startedAt) / 1000 - loadSeconds).toFixed(1)) : 'NO',
      }
      rows.push(row)
      console.log(`burst ${burst}:`, JSON.stringify(row))
      if (
        row['leads acknowledged'] !== BURST.leads ||
        row.timeouts ||
        row['connection errors'] ||
        serverErrors ||
        !drained
      ) {
        failed = true
      }
    }
    console.log(
      `\n${BURST.count} bursts of ${BURST.leads} leads from ${BURST.connections} visitors at once, 5 s each, ` +
        'with hostile, admin and page traffic between them, on one server:',
    )
    console.table(rows)

    const stored = await client.query<{ count: string }>(`SELECT count(*) FROM leads WHERE idempotency_key LIKE $1`, [
      `burst-${run}-%`,
    ])
    const inTransaction = await client.query<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    )
    const mails = (await readdir(outbox)).filter((file) => file.endsWith('.eml')).length
    const acknowledged = rows.reduce((sum, row) => sum + Number(row['leads acknowledged']), 0)
    const erasedByDeletion = acknowledged - Number(stored.rows[0].count)
    console.table({
      'leads acknowledged': acknowledged,
      'leads stored (minus the few an admin deleted on request)': Number(stored.rows[0].count),
      'mails written (2 per lead; erasures come after each burst’s mail)': mails,
      'sessions idle in a transaction': Number(inTransaction.rows[0].count),
    })
    // An admin deletes at most 5 leads per round; anything beyond is a lost lead.
    if (erasedByDeletion > BURST.count * 5 || mails !== 2 * acknowledged || Number(inTransaction.rows[0].count) > 0) {
      failed = true
    }
  } finally {
    await client.end()
    await server.stop()
  }
} finally {
  await benchDatabase.drop()
  await rm(outbox, { recursive: true, force: true })
}
console.log(failed ? '\nFAILED: see the figures above' : '\nno timeout, no 5xx, no lost lead, every mail sent')
process.exit(failed ? 1 : 0)
