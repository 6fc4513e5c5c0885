import { sql } from '@payloadcms/db-postgres'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import type { Payload } from 'payload'

/** How the job worker's connections are named in pg_stat_activity (set as PGAPPNAME by jobs/worker.ts). */
export const JOB_WORKER_APPLICATION_NAME = 'clinic-jobs'

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1', ''])

/** Whether PostgreSQL's processes are on this machine (and, being Linux, can be looked up in /proc). */
function databaseIsLocal(databaseUrl = process.env.DATABASE_URL ?? ''): boolean {
  if (process.platform !== 'linux') return false
  try {
    return LOOPBACK_HOSTS.has(new URL(databaseUrl).hostname)
  } catch {
    return false
  }
}

const isPostgresProcess = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres'
  } catch {
    return false
  }
}

/**
 * Gives the PostgreSQL processes serving the sessions named `applicationName` the CPU priority `niceness`;
 * answers their process ids. Sessions whose process is not a PostgreSQL process on this machine are left alone.
 */
export async function reniceDatabaseSessions(
  payload: Payload,
  { applicationName, niceness }: { applicationName: string; niceness: number },
): Promise<number[]> {
  const result = (await payload.db.drizzle.execute(
    sql`SELECT "pid" FROM pg_stat_activity WHERE "application_name" = ${applicationName}`,
  )) as unknown as { rows: { pid: number }[] }
  const reniced: number[] = []
  for (const { pid } of result.rows) {
    if (!isPostgresProcess(pid)) continue
    try {
      if (os.getPriority(pid) !== niceness) os.setPriority(pid, niceness)
      reniced.push(pid)
    } catch {
      // Not ours to change (another user's server without the right to): it keeps its priority.
    }
  }
  return reniced
}

/**
 * Beside the app on one machine (the default: app, worker and embedded PostgreSQL together) the worker runs at
 * nice 10 so that visitors come first. But most of a job's work is done by PostgreSQL on its behalf, at normal
 * priority: after an outage that work took the CPU the lead intake needed, and leads were refused for a minute
 * while the mail backlog drained. This gives the worker's PostgreSQL processes the worker's own priority, and
 * again every few seconds for connections opened since. With the database on another machine, or a worker at
 * normal priority, it does nothing. Answers a function that stops it.
 */
export function shareNicenessWithDatabase(payload: Payload, everyMs = 5_000): () => void {
  const niceness = os.getPriority()
  if (niceness <= 0 || !databaseIsLocal()) return () => {}
  const renice = () =>
    void reniceDatabaseSessions(payload, { applicationName: JOB_WORKER_APPLICATION_NAME, niceness }).catch(
      () => undefined,
    )
  renice()
  const timer = setInterval(renice, everyMs)
  return () => clearInterval(timer)
}
