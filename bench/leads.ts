/**
 * npm run bench:leads: POST /api/leads against the production server under load, then checks in PostgreSQL
 * that the leads stored are exactly the leads acknowledged (none lost, none twice) and that each has its
 * notification jobs queued. A measurement, not a test: it runs on its own throwaway database and drops it.
 *
 * BENCH_LEADS_CONNECTIONS (50), BENCH_LEADS_SECONDS (10) and BENCH_LEADS_REPEAT_SHARE (0.1: the share of
 * requests that repeat an earlier Idempotency-Key) change the load.
 */
import autocannon from 'autocannon'
import { randomBytes } from 'node:crypto'
import pg from 'pg'

import { provideDatabase } from '../bootstrap/database'
import { freePort } from '../bootstrap/freePort'
import { databaseUrl } from '../bootstrap/postgres'
import { buildAndStart, runScript } from '../bootstrap/scripts'

const LOAD = {
  connections: Number(process.env.BENCH_LEADS_CONNECTIONS ?? 50),
  duration: Number(process.env.BENCH_LEADS_SECONDS ?? 10),
  repeatShare: Number(process.env.BENCH_LEADS_REPEAT_SHARE ?? 0.1),
}
const CLINICS = ['london-marylebone', 'berlin-mitte', 'dubai-jumeirah']
const run = randomBytes(4).toString('hex')

/** What the server answered for each key (the lead id), and everything that went wrong. */
const acknowledged = new Map<string, number>()
const problems = { duplicateIds: 0, unexpectedStatus: new Map<number, number>() }
const sentKeys: string[] = []
let sequence = 0

type Context = { key?: string }

function nextRequest(request: autocannon.Request, context: Context): autocannon.Request {
  const repeat = sentKeys.length > 0 && Math.random() < LOAD.repeatShare
  const key = repeat ? sentKeys[Math.floor(Math.random() * sentKeys.length)] : `bench-${run}-${(sequence += 1)}`
  if (!repeat) sentKeys.push(key)
  return { ...request, ...nextRequestFor(key, context) }
}

/** Each new request comes from its own visitor, as it would through a proxy in front of the app. */
const visitorAddress = (key: string) => {
  const n = Number(key.split('-').pop())
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

/** The consultation request sent under `key` (the same body each time it is sent). */
function nextRequestFor(key: string, context: Context): autocannon.Request {
  context.key = key
  const clinic = CLINICS[Number(key.split('-').pop()) % CLINICS.length]
  return {
    method: 'POST',
    path: '/api/leads',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-forwarded-for': visitorAddress(key) },
    body: JSON.stringify({
      clinic,
      treatment: 'botulinum-toxin',
      name: 'Bench Visitor',
      email: `${key}@example.com`,
      phone: '+44 20 7946 0958',
      preferredContact: 'email',
      message: 'A consultation about frown lines, please.',
      consent: true,
      marketingOptIn: false,
      locale: 'en',
      attribution: { firstTouch: { utm_source: 'bench', utm_medium: 'load', landingPage: `/en/clinics/${clinic}` } },
    }),
  }
}

function recordAnswer(status: number, body: string, context: Context) {
  if (status !== 201) {
    problems.unexpectedStatus.set(status, (problems.unexpectedStatus.get(status) ?? 0) + 1)
    return
  }
  const { id } = JSON.parse(body) as { id: number }
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

const database = await provideDatabase()
const benchDatabase = `bench_leads_${run}`
const admin = new pg.Client({ connectionString: databaseUrl(database.url, 'postgres') })
await admin.connect()
await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(benchDatabase)}`)
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl(database.url, benchDatabase),
  // The default rate limits apply. Visitors arrive through one trusted proxy, which names them in
  // X-Forwarded-For (one address per visitor, as in production behind a load balancer).
  TRUSTED_PROXY_HOPS: '1',
  // Notification jobs are queued with each lead (and verified below); a separate worker would send them.
  JOBS_IN_APP: 'false',
}
try {
  console.log('Seeding a throwaway database, then building and starting the production server…')
  await runScript(['bootstrap/run.ts', '--seed'], env, 'ignore')
  const server = await buildAndStart(await freePort(), env)
  try {
    // Warm-up (JIT, connection pool, prepared lookups); its leads are verified too.
    await attack(server.url, 3)
    const result = await attack(server.url, LOAD.duration)

    console.log(
      `\nPOST /api/leads: ${LOAD.connections} connections for ${LOAD.duration} s (after a 3 s warm-up), ` +
        `${Math.round(LOAD.repeatShare * 100)}% of requests repeat an earlier Idempotency-Key`,
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
      const response = await fetch(server.url + retry.path, {
        method: 'POST',
        headers: retry.headers as Record<string, string>,
        body: retry.body as string,
      })
      recordAnswer(response.status, await response.text(), context)
    }

    const client = new pg.Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    const stored = await client.query<{ leads: string; keys: string; jobs: string }>(
      `SELECT count(*) AS leads, count(DISTINCT idempotency_key) AS keys,
              (SELECT count(*) FROM payload_jobs WHERE (input->>'lead')::int IN
                 (SELECT id FROM leads WHERE idempotency_key LIKE $1)) AS jobs
       FROM leads WHERE idempotency_key LIKE $1`,
      [`bench-${run}-%`],
    )
    await client.end()
    const { leads, keys, jobs } = stored.rows[0]
    const acknowledgedIds = new Set(acknowledged.values())
    const lost = acknowledgedIds.size - Number(leads)
    console.table({
      'cut off by the end of the load, then retried': unanswered.length,
      'leads acknowledged (201, distinct)': acknowledgedIds.size,
      'leads stored': Number(leads),
      'distinct keys stored': Number(keys),
      'lost (acknowledged, not stored)': Math.max(0, lost),
      'duplicated (stored, not acknowledged, or a key answered with two ids)':
        Math.max(0, -lost) + problems.duplicateIds,
      'notification jobs queued (2 per lead)': Number(jobs),
      'answers other than 201': [...problems.unexpectedStatus].map(([status, n]) => `${status}×${n}`).join(' ') || 0,
    })
    const measured = Math.round(result.requests.average)
    const verdict =
      lost === 0 && problems.duplicateIds === 0 && Number(jobs) === 2 * Number(leads)
        ? 'no loss, no duplicate'
        : 'MISMATCH'
    console.log(`\n${measured} leads/s, p99 ${result.latency.p99} ms: ${verdict}`)
    if (verdict === 'MISMATCH') process.exitCode = 1
  } finally {
    await server.stop()
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(benchDatabase)} WITH (FORCE)`)
  await admin.end()
  await database.stop()
}
process.exit(process.exitCode ?? 0)
