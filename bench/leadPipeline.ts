/**
 * What the lead benchmarks (bench/leads.ts, bench/soak.ts) share: the consultation requests they send, the
 * notification jobs they wait for, and the figures they read about the server's processes from /proc.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type pg from 'pg'

import { leadRequest } from '../tests/helpers/leads'

export const CLINICS = ['london-marylebone', 'berlin-mitte', 'dubai-jumeirah']

/** Each new lead comes from its own visitor, as it would through a proxy in front of the app. */
const visitorAddress = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

/**
 * The n-th visitor's consultation request under `key` (the same body each time it is sent), in a shape both
 * autocannon and fetch take. Clinics take turns.
 */
export function consultationRequest(key: string, n: number) {
  const clinic = CLINICS[n % CLINICS.length]
  return {
    method: 'POST' as const,
    path: '/api/leads',
    headers: { 'content-type': 'application/json', 'idempotency-key': key, 'x-forwarded-for': visitorAddress(n) },
    body: JSON.stringify(
      leadRequest({
        clinic,
        treatment: 'botulinum-toxin',
        name: 'Bench Visitor',
        email: `${key}@example.com`,
        phone: '+44 20 7946 0958',
        preferredContact: 'email',
        message: 'A consultation about frown lines, please.',
        marketingOptIn: false,
        attribution: { firstTouch: { utm_source: 'bench', utm_medium: 'load', landingPage: `/en/clinics/${clinic}` } },
      }),
    ),
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `done` every `intervalMs` until it answers true; false when `timeoutMs` passed first. */
export async function waitUntil(done: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) return false
    await sleep(intervalMs)
  }
  return true
}

/** Notification jobs (both mails of a lead) not done yet, and those among them that gave up. */
export async function notificationJobsLeft(client: pg.Client) {
  const { rows } = await client.query<{ left: string; failed: string }>(
    `SELECT count(*) AS left, count(*) FILTER (WHERE has_error) AS failed
     FROM payload_jobs WHERE task_slug IN ('notifyClinic', 'confirmToVisitor')`,
  )
  return { left: Number(rows[0].left), failed: Number(rows[0].failed) }
}

/** The value below which `share` (0–1) of the values lie; undefined for none. */
export function percentile(values: number[], share: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]
}

export type ProcessFigures = { pid: number; command: string; rssMb: number; cpuSeconds: number }
type ProcessIdentity = { pid: number; command: string; parent: number; group: number }

const CLOCK_TICKS_PER_SECOND = 100

/** A /proc/<pid>/stat line's fields after the command name: state, ppid, pgrp, …, utime (12th), stime (13th). */
const statFields = (pid: number | string) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

export const processGroupOf = (pid: number) => Number(statFields(pid)[2])

/** The processes whose command line (or process title) `matches`, with their memory and CPU time so far. */
export function processesWhere(matches: (process: ProcessIdentity) => boolean): ProcessFigures[] {
  const found: ProcessFigures[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim()
      const fields = statFields(entry)
      const pid = Number(entry)
      if (!matches({ pid, command, parent: Number(fields[1]), group: Number(fields[2]) })) continue
      const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1] ?? 0)
      const cpuTicks = Number(fields[11]) + Number(fields[12])
      found.push({ pid, command, rssMb: rssKb / 1024, cpuSeconds: cpuTicks / CLOCK_TICKS_PER_SECOND })
    } catch {
      // The process ended while being read.
    }
  }
  return found
}

/** CPU seconds the processes `matches` names used so far, summed. */
export const cpuSecondsOf = (matches: Parameters<typeof processesWhere>[0]) =>
  processesWhere(matches).reduce((sum, process) => sum + process.cpuSeconds, 0)
