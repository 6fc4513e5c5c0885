import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, type Payload, type Where } from 'payload'

import { rows, tables, whereSql } from '../../database/tables'
import type { User } from '../../payload-types'

type LeadStats = {
  /** Since Monday 00:00 UTC. */
  thisWeek: {
    total: number
    byClinic: { clinic: string; count: number }[]
    bySource: { source: string; count: number }[]
  }
  /** The last 30 days (UTC), oldest first, days without leads included. */
  perDay: { day: string; count: number }[]
}

type Row = Record<string, string | number | null>

const { leads } = tables

/**
 * The leads `user` may read, by the Leads collection's own read rule (as the list, REST and GraphQL apply it):
 * all (true), none (false), or those a `Where` matches. Payload gives every collection of a built config a read rule
 * (its default: any signed-in user), so the rule is always there; the check only tells TypeScript so.
 */
async function readableLeads(payload: Payload, user: User | null): Promise<boolean | Where> {
  const read = payload.collections.leads.config.access.read
  if (!read) throw new Error('The Payload config is not built: the Leads collection has no read rule yet.')
  const req = await createLocalReq({ user: user ?? undefined }, payload)
  return await read({ req })
}

/**
 * The dashboard's lead figures, over the leads the user may read (the Leads collection's read rule, turned into
 * SQL: all for an admin, else those of the clinics where they are owner or marketer). Null when they may read none.
 */
export async function leadStats(payload: Payload, user: User | null): Promise<LeadStats | null> {
  const readable = await readableLeads(payload, user)
  if (readable === false) return null
  const scope = readable === true ? sql`TRUE` : whereSql(leads, readable)
  const thisWeek = sql`${leads.createdAt} >= date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`

  const [byClinic, bySource, perDay] = await Promise.all([
    rows<Row>(
      payload,
      sql`SELECT ${leads.clinic} AS "clinic", count(*)::int AS "count" FROM ${leads} WHERE ${scope} AND ${thisWeek}
          GROUP BY ${leads.clinic} ORDER BY "count" DESC`,
    ),
    rows<Row>(
      payload,
      sql`SELECT coalesce(${leads.source}, 'direct') AS "source", count(*)::int AS "count" FROM ${leads}
          WHERE ${scope} AND ${thisWeek} GROUP BY 1 ORDER BY "count" DESC, 1`,
    ),
    rows<Row>(
      payload,
      sql`SELECT to_char("day", 'YYYY-MM-DD') AS "day", count(${leads.id.qualified})::int AS "count"
          FROM generate_series((now() AT TIME ZONE 'UTC')::date - 29, (now() AT TIME ZONE 'UTC')::date, '1 day') AS "day"
          LEFT JOIN ${leads} ON (${leads.createdAt.qualified} AT TIME ZONE 'UTC')::date = "day" AND ${scope}
          GROUP BY "day" ORDER BY "day"`,
    ),
  ])

  const { docs: clinics } = await payload.find({
    collection: 'clinics',
    where: { id: { in: byClinic.map((row) => row.clinic) } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  const clinicName = new Map(clinics.map((clinic) => [clinic.id, clinic.name]))
  return {
    thisWeek: {
      total: byClinic.reduce((sum, row) => sum + Number(row.count), 0),
      byClinic: byClinic.map((row) => ({
        clinic: clinicName.get(Number(row.clinic)) ?? '—',
        count: Number(row.count),
      })),
      bySource: bySource.map((row) => ({ source: String(row.source), count: Number(row.count) })),
    },
    perDay: perDay.map((row) => ({ day: String(row.day), count: Number(row.count) })),
  }
}
