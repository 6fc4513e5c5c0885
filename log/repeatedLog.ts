import type { Payload } from 'payload'

type Entry = { err?: unknown; msg: string }

const lastLogged = new Map<string, { at: number; leftOut: number }>()

/**
 * Logs an event that comes in floods (every lead refused while the database is away, every mail failing while
 * the mail server is down) at most once per `key` every `intervalMs`, saying how many like it were left out
 * since. Thousands of stack traces a second say nothing the first did not, and writing them slows the very
 * process that is trying to recover.
 */
export function logRepeated(
  logger: Payload['logger'],
  level: 'warn' | 'error',
  key: string,
  entry: Entry,
  intervalMs = 10_000,
) {
  const now = Date.now()
  const last = lastLogged.get(key)
  if (last && now - last.at < intervalMs) {
    last.leftOut += 1
    return
  }
  const leftOut = last?.leftOut ?? 0
  lastLogged.set(key, { at: now, leftOut: 0 })
  logger[level](leftOut > 0 ? { ...entry, msg: `${entry.msg} (${leftOut} more like it since the last report)` } : entry)
}
