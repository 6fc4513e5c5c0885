import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { clinicIdsOf, isPlatformAdmin, leadRoles } from '../../access/roles'
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

const rowsOf = async (payload: Payload, query: ReturnType<typeof sql>) =>
  ((await payload.db.drizzle.execute(query)) as unknown as { rows: Row[] }).rows

/**
 * The dashboard's lead figures, over the leads the user may read (the same clinics as the Leads read rule:
 * all for an admin, else those where they are owner or marketer). Null when they may read none.
 */
export async function leadStats(payload: Payload, user: User | null): Promise<LeadStats | null> {
  const clinicIds = clinicIdsOf(user, leadRoles)
  if (!isPlatformAdmin(user) && clinicIds.length === 0) return null
  const scope = isPlatformAdmin(user)
    ? sql`TRUE`
    : sql`"clinic_id" IN (${sql.join(
        clinicIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
  const thisWeek = sql`"created_at" >= date_trunc('week', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`

  const [byClinic, bySource, perDay] = await Promise.all([
    rowsOf(
      payload,
      sql`SELECT "clinic_id", count(*)::int AS "count" FROM "leads" WHERE ${scope} AND ${thisWeek}
          GROUP BY "clinic_id" ORDER BY "count" DESC`,
    ),
    rowsOf(
      payload,
      sql`SELECT coalesce("source", 'direct') AS "source", count(*)::int AS "count" FROM "leads"
          WHERE ${scope} AND ${thisWeek} GROUP BY 1 ORDER BY "count" DESC, 1`,
    ),
    rowsOf(
      payload,
      sql`SELECT to_char("day", 'YYYY-MM-DD') AS "day", count("leads"."id")::int AS "count"
          FROM generate_series((now() AT TIME ZONE 'UTC')::date - 29, (now() AT TIME ZONE 'UTC')::date, '1 day') AS "day"
          LEFT JOIN "leads" ON ("leads"."created_at" AT TIME ZONE 'UTC')::date = "day" AND ${scope}
          GROUP BY "day" ORDER BY "day"`,
    ),
  ])

  const { docs: clinics } = await payload.find({
    collection: 'clinics',
    where: { id: { in: byClinic.map((row) => row.clinic_id) } },
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
        clinic: clinicName.get(Number(row.clinic_id)) ?? '—',
        count: Number(row.count),
      })),
      bySource: bySource.map((row) => ({ source: String(row.source), count: Number(row.count) })),
    },
    perDay: perDay.map((row) => ({ day: String(row.day), count: Number(row.count) })),
  }
}
