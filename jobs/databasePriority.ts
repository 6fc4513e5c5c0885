import { sql } from '@payloadcms/db-postgres'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { rows } from '../database/tables'

/** How the job worker's connections are named in pg_stat_activity (set as PGAPPNAME by jobs/worker.ts). */
export const JOB_WORKER_APPLICATION_NAME = 'clinic-jobs'

const readOrUndefined = (file: string) => {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/**
 * The process id of the PostgreSQL server this pool talks to, when that server runs on this machine: read from
 * the postmaster.pid file in its data directory. Undefined for a server elsewhere (another machine, a container,
 * a tunnel), where the process ids in pg_stat_activity mean nothing here.
 */
async function localPostmasterPid(payload: Payload): Promise<number | undefined> {
  if (process.platform !== 'linux') return undefined
  try {
    const [{ directory }] = await rows<{ directory: string }>(
      payload,
      sql`SELECT current_setting('data_directory') AS "directory"`,
    )
    const pid = Number(readOrUndefined(path.join(directory, 'postmaster.pid'))?.split('\n')[0])
    return pid > 0 ? pid : undefined
  } catch {
    // Not allowed to read the setting: a server that is not ours to tune.
    return undefined
  }
}

/** The parent of a process on this machine, from /proc. */
const parentOf = (pid: number) => Number(/^PPid:\s+(\d+)/m.exec(readOrUndefined(`/proc/${pid}/status`) ?? '')?.[1])

/**
 * Lowers the CPU priority of the PostgreSQL processes serving this database's sessions named `applicationName` to
 * `niceness`; answers their process ids. Only processes this server started on this machine are touched, and a
 * priority is only ever lowered.
 */
export async function reniceDatabaseSessions(
  payload: Payload,
  { applicationName, niceness }: { applicationName: string; niceness: number },
): Promise<number[]> {
  const postmaster = await localPostmasterPid(payload)
  if (!postmaster) return []
  const sessions = await rows<{ pid: number }>(
    payload,
    sql`SELECT "pid" FROM pg_stat_activity
      WHERE "application_name" = ${applicationName} AND "datname" = current_database() AND "usename" = current_user`,
  )
  const reniced: number[] = []
  for (const { pid } of sessions) {
    if (parentOf(pid) !== postmaster) continue
    try {
      if (os.getPriority(pid) < niceness) os.setPriority(pid, niceness)
      reniced.push(pid)
    } catch {
      // Gone meanwhile, or not ours to change: it keeps its priority.
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
  if (niceness <= 0) return () => {}
  const renice = () =>
    void reniceDatabaseSessions(payload, { applicationName: JOB_WORKER_APPLICATION_NAME, niceness }).catch(
      () => undefined,
    )
  renice()
  const timer = setInterval(renice, everyMs)
  return () => clearInterval(timer)
}
