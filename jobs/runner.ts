import { sql } from '@payloadcms/db-postgres'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type TaskConfig,
} from 'payload'

import { logRepeated } from '../log/repeatedLog'
import { rows, tables } from '../database/tables'
import { ServiceUnavailable } from './serviceUnavailable'

const { payloadJobs: jobs } = tables

/**
 * The job runner: it takes queued jobs (notification mails, CRM webhooks, scheduled clean-ups) from
 * `payload_jobs` and runs their task handlers, a bounded number at a time.
 *
 * It replaces Payload's own runner, which (3.90) runs a whole batch at once, claims jobs with a read and a
 * separate write (two runners can take the same job), never rolls back the transaction of a job update that
 * fails (each failure keeps a pooled connection "idle in transaction" for good: nine of them are the whole
 * usable pool, and every request then hung), and leaves a job "processing" forever when its process dies. Here:
 * - a claim is one statement with FOR UPDATE SKIP LOCKED, so any number of runners never take the same job;
 * - a claimed job is leased: the runner renews the lease while the job runs, and a job whose runner died is
 *   taken again once the lease has expired;
 * - the runner's own statements are single autocommitted ones, so it never leaves a transaction open. A task's
 *   writes go through Payload operations, each its own transaction that Payload rolls back on error. A job is
 *   deliberately not wrapped in one transaction: it would hold a connection across mail and webhook calls, and
 *   any query of the task outside that transaction would wait for a second connection, which can drain the pool;
 * - a finished job is deleted in one statement; a failed one is retried with the task's backoff;
 * - a job that finds a service all its task's jobs need unavailable (the mail server: ServiceUnavailable) is put
 *   back without using up an attempt, and that task's jobs wait: one of them tries again every
 *   `outageProbeMilliseconds`, and once one gets through, the rest go out at full speed.
 */

export type RunnerSettings = {
  /** Jobs run at once: each holds at most one database connection at a time. */
  concurrency: number
  queue: string
  /** A job whose runner stopped renewing it for this long is taken by another runner. */
  leaseSeconds: number
  /** How often an idle runner looks for new jobs. */
  pollMilliseconds: number
  /** While a task's service is unavailable, how often one of its jobs tries it again. */
  outageProbeMilliseconds: number
}

// Documented in README and .env.example.
export const runnerSettings = (): RunnerSettings => ({
  concurrency: Number(process.env.JOBS_CONCURRENCY ?? 32),
  queue: 'default',
  leaseSeconds: Number(process.env.JOBS_LEASE_SECONDS ?? 30),
  pollMilliseconds: 250,
  outageProbeMilliseconds: 2_000,
})

type ClaimedJob = {
  id: number
  taskSlug: string
  input: Record<string, unknown>
  totalTried: number
  /** Times the job found its service unavailable (kept in its error record). */
  deferrals: number
  createdAt: string
}

const listOf = (values: (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/** Which tasks' jobs a claim may take: `only` these, or all `except` these. */
export type TaskFilter = { only?: string[]; except?: string[] }

const taskCondition = ({ only, except }: TaskFilter) =>
  sql.join(
    [
      only ? (only.length ? sql`AND ${jobs.taskSlug} IN (${listOf(only)})` : sql`AND false`) : undefined,
      except?.length ? sql`AND ${jobs.taskSlug} NOT IN (${listOf(except)})` : undefined,
    ].filter((condition) => condition !== undefined),
    sql` `,
  )

/**
 * Takes up to `limit` due jobs of the queue (or jobs whose lease has expired), in the order they fell due (a
 * retry at the end of its backoff), and leases them to this runner. Index: migration 20261126_210000.
 */
export const claimJobs = (payload: Payload, limit: number, settings: RunnerSettings, tasks: TaskFilter = {}) =>
  rows<ClaimedJob>(
    payload,
    sql`
      UPDATE ${jobs} SET ${jobs.processing} = true, ${jobs.updatedAt} = now()
      WHERE ${jobs.id} IN (
        SELECT ${jobs.id} FROM ${jobs}
        WHERE ${jobs.queue} = ${settings.queue} AND ${jobs.completedAt} IS NULL AND ${jobs.hasError} IS NOT TRUE
          AND coalesce(${jobs.waitUntil}, ${jobs.createdAt}) <= now()
          AND (${jobs.processing} IS NOT TRUE
            OR ${jobs.updatedAt} < now() - make_interval(secs => ${settings.leaseSeconds}))
          ${taskCondition(tasks)}
        ORDER BY coalesce(${jobs.waitUntil}, ${jobs.createdAt}), ${jobs.id}
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING ${jobs.id}, ${jobs.taskSlug} AS "taskSlug", ${jobs.input},
        coalesce(${jobs.totalTried}, 0)::int AS "totalTried",
        coalesce((${jobs.error}->>'deferrals')::int, 0) AS "deferrals",
        to_json(${jobs.createdAt})#>>'{}' AS "createdAt"`,
  )

/**
 * Sets `processing` on the running jobs among `ids` and renews their lease: true keeps this runner's lease on the
 * jobs it runs, false puts them back in the queue at once for another runner (a runner that stops before they
 * finished).
 */
async function markRunning(payload: Payload, ids: number[], processing: boolean) {
  if (ids.length === 0) return
  await rows(
    payload,
    sql`
    UPDATE ${jobs} SET ${jobs.processing} = ${processing}, ${jobs.updatedAt} = now()
    WHERE ${jobs.processing} AND ${jobs.id} IN (${listOf(ids)})`,
  )
}

/** When a failed job is tried again, or undefined when it has used all its attempts. */
export function nextAttemptAt(retries: TaskConfig['retries'], tried: number, now = Date.now()): Date | undefined {
  const config = typeof retries === 'number' ? { attempts: retries } : (retries ?? { attempts: 0 })
  if (tried > (config.attempts ?? 0)) return undefined
  const backoff = config.backoff
  if (!backoff?.delay) return new Date(now)
  const delay = backoff.type === 'exponential' ? backoff.delay * 2 ** (tried - 1) : backoff.delay
  return new Date(now + delay)
}

/** An error's message as PostgreSQL can store it in JSON (no NUL, no lone surrogate), and bounded. */
const storableMessage = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\0/g, '').toWellFormed().slice(0, 2_000)

/**
 * Runs a statement that ends a job until the database takes it: a job that did its work must not run again
 * because the database was away for a moment. Gives up (the lease then hands the job to a runner again) after
 * half the lease, before any other runner could take it.
 */
async function settle(payload: Payload, statement: ReturnType<typeof sql>, settings: RunnerSettings) {
  const deadline = Date.now() + (settings.leaseSeconds * 1000) / 2
  for (;;) {
    try {
      await rows(payload, statement)
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

/** 'deferred': the job's service was unavailable; the job waits for it without having used an attempt. */
export type JobResult = 'succeeded' | 'failed' | 'deferred'

const MAX_DEFERRALS = 100

/** Runs one claimed job's task and records the outcome: deleted when done, rescheduled or marked failed when not. */
export async function runClaimedJob(payload: Payload, job: ClaimedJob, settings: RunnerSettings): Promise<JobResult> {
  const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === job.taskSlug)
  try {
    if (!task || typeof task.handler !== 'function') throw new Error(`Task ${job.taskSlug} is not registered.`)
    const req = await createLocalReq({}, payload)
    // Our tasks read the job's id and creation time (mail/adapter.ts messageIdFor), nothing else of it.
    const run = task.handler as (args: {
      input: unknown
      job: Pick<ClaimedJob, 'id' | 'createdAt'>
      req: typeof req
    }) => unknown
    await run({ input: job.input, job: { id: job.id, createdAt: job.createdAt }, req })
  } catch (error) {
    // A job deferred this often is more likely the one message the server always drops than an outage: from then
    // on it uses its attempts like any failure (a day-long outage defers each waiting job far fewer times).
    if (error instanceof ServiceUnavailable && job.deferrals < MAX_DEFERRALS) {
      logRepeated(payload.logger, 'warn', `service-unavailable:${error.service}`, {
        msg: `${error.message}; ${job.taskSlug} jobs wait until it answers again`,
      })
      // Due again at once, behind the jobs already waiting: the next probe tries another job, so a job whose
      // own message breaks the connection cannot hold up the rest.
      await settle(
        payload,
        sql`
          UPDATE ${jobs} SET ${jobs.processing} = false, ${jobs.updatedAt} = now(), ${jobs.waitUntil} = now(),
            ${jobs.error} = ${JSON.stringify({ message: storableMessage(error), deferrals: job.deferrals + 1 })}::jsonb
          WHERE ${jobs.id} = ${job.id}`,
        settings,
      )
      return 'deferred'
    }
    const tried = job.totalTried + 1
    const retryAt = task ? nextAttemptAt(task.retries, tried) : undefined
    // Every job fails alike while a mail server or CRM is down; each job's own error is stored with it.
    logRepeated(payload.logger, 'error', `job-failed:${job.taskSlug}`, {
      err: error,
      msg: `Job ${job.id} (${job.taskSlug}) failed, attempt ${tried}`,
    })
    await settle(
      payload,
      sql`
        UPDATE ${jobs} SET ${jobs.processing} = false, ${jobs.totalTried} = ${tried}, ${jobs.hasError} = ${!retryAt},
          ${jobs.waitUntil} = ${retryAt?.toISOString() ?? null}, ${jobs.updatedAt} = now(),
          ${jobs.error} = ${JSON.stringify({ message: storableMessage(error) })}::jsonb
        WHERE ${jobs.id} = ${job.id}`,
      settings,
    )
    return 'failed'
  }
  await settle(payload, sql`DELETE FROM ${jobs} WHERE ${jobs.id} = ${job.id}`, settings)
  return 'succeeded'
}

/**
 * Runs every job that is due now until none is left, `concurrency` at a time (tests and one-off runs). A task
 * whose service is unavailable is left for a later run.
 */
export async function runDueJobs(payload: Payload, settings: RunnerSettings = runnerSettings()) {
  const outcome = { succeeded: 0, failed: 0, deferred: 0 }
  const unavailable = new Set<string>()
  for (;;) {
    const jobs = await claimJobs(payload, settings.concurrency, settings, { except: [...unavailable] })
    if (jobs.length === 0) return outcome
    const results = await Promise.all(jobs.map((job) => runClaimedJob(payload, job, settings)))
    results.forEach((result, index) => {
      outcome[result] += 1
      if (result === 'deferred') unavailable.add(jobs[index].taskSlug)
    })
  }
}

/**
 * The tasks whose service was found unavailable, and when one of each task's jobs may try it again. A task
 * leaves the list as soon as one of its jobs succeeds.
 */
function serviceOutages(probeMilliseconds: number) {
  const probeAt = new Map<string, number>()
  return {
    record(taskSlug: string, result: JobResult) {
      // Any answer but "unavailable" (a sent mail, or a refused address) means the service is there again.
      if (result === 'deferred') probeAt.set(taskSlug, Date.now() + probeMilliseconds)
      else probeAt.delete(taskSlug)
    },
    waiting: () => [...probeAt.keys()],
    /** Up to `most` tasks due for a probe now; each is due again a probe interval later unless a job answers. */
    takeProbes(most: number) {
      const due = [...probeAt]
        .filter(([, at]) => at <= Date.now())
        .map(([taskSlug]) => taskSlug)
        .slice(0, most)
      for (const taskSlug of due) probeAt.set(taskSlug, Date.now() + probeMilliseconds)
      return due
    },
  }
}

export type JobRunner = {
  /** Stops claiming, waits up to `deadlineMs` for the jobs in hand, and puts back the ones still running. */
  stop: (deadlineMs: number) => Promise<{ finished: number; released: number }>
  /** Jobs running now. */
  running: () => number
}

/** The advisory lock a runner holds while it queues the scheduled tasks (any number 64-bit; ours spells "sched"). */
const SCHEDULES_LOCK = 0x7363686564

/**
 * Queues the scheduled tasks that are due, through Payload's schedule handling, from one runner at a time.
 * Payload checks "already queued?" and then queues, so two runners at the same moment (several instances, a
 * worker) would both queue the nightly clean-up. Here the check and the queueing run in one transaction that
 * first takes a PostgreSQL advisory lock: a runner that finds it taken skips this round, and the next one sees
 * the schedule's last run recorded.
 */
export async function queueDueSchedules(payload: Payload, queue: string): Promise<void> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const [{ locked }] = await rows<{ locked: boolean }>(
      payload,
      sql`SELECT pg_try_advisory_xact_lock(${SCHEDULES_LOCK}) AS "locked"`,
      req,
    )
    if (locked) await payload.jobs.handleSchedules({ queue, req })
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

/**
 * Runs jobs continuously: whenever fewer than `concurrency` run, it claims more; when the queue is empty it
 * looks again every `pollMilliseconds`. Scheduled tasks (clean-ups) are queued on their cron by Payload's
 * schedule handling.
 */
export function startJobRunner(payload: Payload, settings: RunnerSettings = runnerSettings()): JobRunner {
  const inHand = new Map<number, Promise<JobResult>>()
  const outages = serviceOutages(settings.outageProbeMilliseconds)
  let stopping = false
  let wake: (() => void) | undefined
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })

  /** Up to `free` jobs: one probe of each waiting task that is due for one, and none else of those tasks. */
  const claimWithOutages = async (free: number) => {
    const probes = await Promise.all(
      outages.takeProbes(free).map((taskSlug) => claimJobs(payload, 1, settings, { only: [taskSlug] })),
    )
    const claimed = probes.flat()
    const room = free - claimed.length
    if (room <= 0) return claimed
    try {
      return [...claimed, ...(await claimJobs(payload, room, settings, { except: outages.waiting() }))]
    } catch (error) {
      // The probes are leased to this runner: put them back rather than leave them until the lease expires.
      await markRunning(
        payload,
        claimed.map((job) => job.id),
        false,
      ).catch(() => undefined)
      throw error
    }
  }

  const loop = (async () => {
    let lastSchedules = 0
    while (!stopping) {
      try {
        if (Date.now() - lastSchedules > 5_000) {
          lastSchedules = Date.now()
          await queueDueSchedules(payload, settings.queue)
        }
        // Claims in batches (a quarter of the slots at least): one claim per finished job would be hundreds
        // of statements a second under load.
        const free = settings.concurrency - inHand.size
        const worthClaiming = free >= Math.ceil(settings.concurrency / 4)
        const claimed = worthClaiming ? await claimWithOutages(free) : []
        for (const job of claimed) {
          const running = runClaimedJob(payload, job, settings)
            .catch((error: unknown) => {
              payload.logger.error({ err: error, msg: `Job ${job.id} could not be settled; its lease will expire` })
              return 'failed' as const
            })
            .then((result) => {
              outages.record(job.taskSlug, result)
              return result
            })
            .finally(() => {
              inHand.delete(job.id)
              wake?.()
            })
          inHand.set(job.id, running)
        }
        // A full batch means more may be waiting: claim again once enough slots free up (a finished job wakes
        // the loop). A short one means the queue is empty for now: look again after the poll interval.
        if (!worthClaiming) await nap(settings.leaseSeconds * 1000)
        else if (claimed.length < free) await nap(settings.pollMilliseconds)
      } catch (error) {
        payload.logger.error({ err: error, msg: 'The job runner could not reach the database; retrying' })
        await nap(1_000)
      }
    }
  })()

  const renewal = setInterval(
    () => void markRunning(payload, [...inHand.keys()], true).catch(() => undefined),
    (settings.leaseSeconds * 1000) / 3,
  )

  return {
    running: () => inHand.size,
    stop: async (deadlineMs) => {
      stopping = true
      wake?.()
      await loop
      const pending = [...inHand.values()]
      const deadline = new Promise<'deadline'>((resolve) => setTimeout(() => resolve('deadline'), deadlineMs).unref())
      await Promise.race([Promise.allSettled(pending), deadline])
      clearInterval(renewal)
      const unfinished = [...inHand.keys()]
      await markRunning(payload, unfinished, false).catch(() => undefined)
      return { finished: pending.length - unfinished.length, released: unfinished.length }
    },
  }
}
