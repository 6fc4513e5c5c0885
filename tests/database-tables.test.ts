/**
 * The raw SQL's picture of Payload's tables (database/tables.ts) against the migrated database: a field renamed,
 * a migration forgotten or a Payload upgrade that names columns differently fails here, not in production. Also
 * what the raw SQL relies on besides names: the enum types it casts to, the column defaults the intake leaves to
 * the table, the request's transaction, and the Leads read rule applied in SQL.
 */
import { randomUUID } from 'node:crypto'
import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Payload, type Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type ColumnType, columnsOf, EnumType, enums, rows, tables, whereSql } from '../database/tables'
import { parseLeadSubmission } from '../domain/leadSubmission'
import { locales } from '../i18n/locales'
import { leadStats } from '../leads/admin/stats'
import { notificationTasks } from '../leads/jobs/notificationTasks'
import { userFor } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { leadRequest } from './helpers/leads'

let payload: Payload

beforeAll(async () => {
  payload = await freshPayload()
})

/** The names information_schema.columns.udt_name gives each type the module lists. */
const udtNames: Record<Exclude<ColumnType, EnumType>, string[]> = {
  integer: ['int4'],
  numeric: ['numeric'],
  varchar: ['varchar', 'text'],
  boolean: ['bool'],
  jsonb: ['jsonb'],
  timestamptz: ['timestamptz'],
}

type LiveColumn = { table: string; column: string; udt: string; default: string | null }

const liveColumns = () =>
  rows<LiveColumn>(
    payload,
    sql`SELECT "table_name" AS "table", "column_name" AS "column", "udt_name" AS "udt", "column_default" AS "default"
      FROM information_schema.columns
      WHERE "table_schema" = current_schema()
        AND "table_name" IN (${sql.join(
          Object.values(tables).map((table) => sql`${table.$name}`),
          sql`, `,
        )})`,
  )

describe('the tables and columns the raw SQL names', () => {
  it('all exist in the migrated database, each column with the type listed', async () => {
    const live = new Map((await liveColumns()).map((row) => [`${row.table}.${row.column}`, row.udt]))
    const problems: string[] = []
    for (const table of Object.values(tables)) {
      for (const [key, column] of Object.entries(columnsOf(table))) {
        const name = `${table.$name}.${column.name}`
        const udt = live.get(name)
        const expected = column.type instanceof EnumType ? [column.type.name] : udtNames[column.type]
        if (udt === undefined) problems.push(`${name} (${key}) is missing`)
        else if (!expected.includes(udt)) problems.push(`${name} (${key}) is ${udt}, listed as ${expected.join('/')}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('cast to enum types that exist, with the values the SQL writes', async () => {
    const labels = await rows<{ type: string; labels: string[] }>(
      payload,
      sql`SELECT "typname" AS "type", array_agg("enumlabel"::text ORDER BY "enumsortorder") AS "labels"
        FROM pg_type JOIN pg_enum ON pg_enum."enumtypid" = pg_type."oid"
        WHERE pg_type."typnamespace" = current_schema()::regnamespace
        GROUP BY "typname"`,
    )
    const valuesOf = new Map(labels.map((row) => [row.type, row.labels]))
    for (const type of Object.values(enums)) expect(valuesOf.has(type.name), type.name).toBe(true)
    // Offering titles are written in every locale; a lead queues its notification jobs by task slug.
    expect(valuesOf.get(enums.locales.name)).toEqual([...locales])
    expect(valuesOf.get(enums.jobTaskSlug.name)).toEqual(expect.arrayContaining(notificationTasks(true)))
  })
})

describe('defaults', () => {
  it('the intake leaves to the table are the Leads collection’s, and the submission schema’s', async () => {
    const defaults = new Map(
      (await liveColumns())
        .filter((row) => row.table === tables.leads.$name)
        // 'new'::enum_leads_status → new; false → false
        .map((row) => [row.column, row.default?.replace(/::[\w".]+$/, '').replace(/^'(.*)'$/, '$1')]),
    )
    const submission = parseLeadSubmission(leadRequest())
    if (!submission.success) throw new Error('the minimal submission is refused')
    const fields = payload.collections.leads.config.flattenedFields
    const defaultOf = (name: string) => fields.find((field) => field.name === name)?.defaultValue
    for (const name of ['status', 'preferredContact', 'marketingOptIn'] as const) {
      const column = tables.leads[name].name
      expect(defaults.get(column), column).toBe(String(defaultOf(name)))
      if (name !== 'status') expect(submission.data[name], name).toBe(defaultOf(name))
    }
  })
})

describe('rows()', () => {
  it('runs inside the request’s transaction when given the request, and on its own connection when not', async () => {
    const { rateLimitCounters: counters } = tables
    const key = `test:${randomUUID()}`
    const count = async (req?: Parameters<typeof rows>[2]) =>
      (
        await rows<{ count: number }>(
          payload,
          sql`SELECT count(*)::int AS "count" FROM ${counters} WHERE ${counters.bucket} = ${key}`,
          req,
        )
      )[0].count
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    try {
      await rows(
        payload,
        sql`INSERT INTO ${counters} (${counters.bucket}, ${counters.windowStart}, ${counters.count})
          VALUES (${key}, now(), 1)`,
        req,
      )
      expect(await count(req)).toBe(1)
      expect(await count()).toBe(0)
    } finally {
      await killTransaction(req)
    }
    expect(await count()).toBe(0)
  })
})

describe('the Leads read rule in SQL', () => {
  it('counts the leads each reader’s list shows, and so do the dashboard’s figures', async () => {
    const monday = new Date()
    monday.setUTCHours(0, 0, 0, 0)
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
    const read = payload.collections.leads.config.access.read!
    for (const actor of ['admin', 'owner', 'marketer'] as const) {
      const user = await userFor(payload, actor)
      const rule = await read({ req: await createLocalReq({ user: user! }, payload) })
      if (typeof rule === 'boolean') expect(rule, actor).toBe(true)
      const [{ count }] = await rows<{ count: number }>(
        payload,
        sql`SELECT count(*)::int AS "count" FROM ${tables.leads}
          WHERE ${typeof rule === 'object' ? whereSql(tables.leads, rule) : sql`TRUE`}`,
      )
      const listed = (await payload.count({ collection: 'leads', overrideAccess: false, user })).totalDocs
      expect(count, actor).toBe(listed)

      const thisWeek: Where = { createdAt: { greater_than_equal: monday.toISOString() } }
      const listedThisWeek = await payload.count({ collection: 'leads', overrideAccess: false, user, where: thisWeek })
      expect((await leadStats(payload, user))!.thisWeek.total, actor).toBe(listedThisWeek.totalDocs)
    }
  })

  it('refuses a condition it does not translate instead of counting other rows', () => {
    expect(() => whereSql(tables.leads, { email: { like: 'a' } })).toThrow(/not translated/)
    expect(() => whereSql(tables.leads, { notes: { exists: true } })).toThrow(/No column/)
  })
})
