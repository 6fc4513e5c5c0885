import type { Payload } from 'payload'
import type { PoolConfig } from 'pg'

import { logRepeated } from '../log/repeatedLog'

/**
 * How each process talks to PostgreSQL. Every wait is bounded, so a database that is down, slow or out of
 * connections turns into a quick "try again" instead of a request that hangs (documented in README):
 * - DATABASE_POOL_MAX (10) connections per process;
 * - DATABASE_CONNECT_TIMEOUT_MS (3 s): a request that cannot get a connection in time fails (and answers 503);
 * - DATABASE_STATEMENT_TIMEOUT_MS (15 s): PostgreSQL cancels a statement running longer;
 * - DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS (10 s): PostgreSQL ends a session that left its transaction open,
 *   which gives its connection back even if code forgot to commit or roll back.
 */
export const poolConfig = (): PoolConfig => ({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
  connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 3_000),
  statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 15_000),
  idle_in_transaction_session_timeout: Number(process.env.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS ?? 10_000),
})

/**
 * An idle pooled connection that the server closes (PostgreSQL restarting, a session ended by a timeout) is
 * reported as an 'error' event on the pool; with no listener, Node ends the whole process. The pool drops that
 * connection by itself, so logging it is all there is to do.
 */
export function keepPoolErrorsFromCrashing(payload: Payload) {
  const pool = (payload.db as unknown as { pool?: import('pg').Pool }).pool
  // The reason only: the error carries the whole pg client object, hundreds of lines a connection.
  pool?.on('error', (error) =>
    logRepeated(payload.logger, 'warn', 'pool-connection-closed', {
      msg: `A pooled database connection was closed (${driverReason(error)})`,
    }),
  )
}

/** The errors an error wraps (drizzle wraps the driver's, Payload and GraphQL wrap it again). */
export function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>()
  let current = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    yield current as Record<string, unknown>
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.cause ?? next.originalError
  }
}

// Connection refused or reset, the server shutting down or starting (57P01-57P03), too many connections (53300),
// a connection the server closed, no free connection within the pool's timeout, PostgreSQL's own timeouts (57014
// statement timeout, 25P03 idle-in-transaction timeout).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
  '25P03',
])
const UNAVAILABLE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|the database system is (starting up|shutting down)|is not currently accepting connections|cannot begin transaction/i

/** Whether an error means the database cannot serve right now (a retry in a moment may succeed). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of errorChain(error)) {
    if (typeof link.code === 'string' && UNAVAILABLE_CODES.has(link.code)) return true
    if (typeof link.message === 'string' && UNAVAILABLE_MESSAGES.test(link.message)) return true
  }
  return false
}

/**
 * What the driver said at the bottom of an error's chain ("connect ECONNREFUSED …", "timeout exceeded when trying
 * to connect"), for logs: the wrapping errors quote the failed query with its parameters, which for a lead are
 * the visitor's name, email and address.
 */
export function driverReason(error: unknown): string {
  let deepest: Record<string, unknown> = {}
  for (const link of errorChain(error)) deepest = link
  return String(deepest.message || deepest.code || 'no reason given')
}

/**
 * Seconds a client should wait before trying again while the service is unavailable: 5 to 10, drawn for each
 * answer, so that the requests refused during an outage come back spread over seconds instead of all at once
 * just as it ends (measured in the soak: a herd returning together filled the lead intake's line for 20 s).
 */
export const retryAfterSeconds = () => 5 + Math.floor(Math.random() * 6)
