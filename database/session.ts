import type { sql } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'

type Drizzle = Payload['db']['drizzle']

/**
 * The rows a raw SQL statement answers. Given the request, it runs inside that request's transaction, as
 * Payload's own operations do (the same lookup as Payload's getTransaction): it sees what the request has
 * written so far and holds no second pooled connection.
 */
export async function rowsOf<Row>(
  payload: Payload,
  statement: ReturnType<typeof sql>,
  req?: PayloadRequest,
): Promise<Row[]> {
  const sessions = (payload.db as unknown as { sessions?: Record<string, { db: Drizzle } | undefined> }).sessions
  const transaction = req?.transactionID ? sessions?.[String(await req.transactionID)]?.db : undefined
  return ((await (transaction ?? payload.db.drizzle).execute(statement)) as unknown as { rows: Row[] }).rows
}
