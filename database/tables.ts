import { sql } from '@payloadcms/db-postgres'
import type { SQL, SQLWrapper } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest, Where } from 'payload'

import { attributionFields } from '../domain/options'

/**
 * The raw SQL on Payload's tables, in one place: the tables and columns that SQL uses (written out, with their
 * types), the one way to run it (`rows`), and the few builders it shares. Payload generates these tables from the
 * collections (see migrations/); SQL that names them elsewhere breaks silently when a field is renamed or Payload
 * changes its naming, while tests/database-tables.test.ts compares every name here with the migrated database.
 *
 * A table or column interpolated into `sql` renders as its quoted name:
 * sql`SELECT ${leads.email} FROM ${leads} WHERE ${leads.clinic} = ${id}`. Columns are keyed by the field's path
 * in Payload (as a `Where` names it: `clinic`, `consent.givenAt`), and render bare ("clinic_id"); `.qualified`
 * adds the table ("leads"."clinic_id"), and the columns of an `aliased` table always name the alias.
 */

/** A type the schema defines (Payload names a select field's `enum_<table>_<column>`, the locales `_locales`). */
export class EnumType implements SQLWrapper {
  constructor(readonly name: string) {}
  getSQL(): SQL {
    return sql`${sql.identifier(this.name)}`
  }
  shouldOmitSQLParens() {
    return true
  }
}

/** The types the listed columns have; the test maps each to PostgreSQL's name for it in information_schema. */
export type ColumnType = 'integer' | 'numeric' | 'varchar' | 'boolean' | 'jsonb' | 'timestamptz' | EnumType

export class Column implements SQLWrapper {
  constructor(
    readonly name: string,
    readonly type: ColumnType,
    /** The table's name, or its alias in a statement. */
    readonly table = '',
    private readonly isQualified = false,
  ) {}
  /** The column with its table's name, where the bare name would be ambiguous (ON CONFLICT … DO UPDATE). */
  get qualified(): Column {
    return new Column(this.name, this.type, this.table, true)
  }
  getSQL(): SQL {
    return this.isQualified
      ? sql`${sql.identifier(this.table)}.${sql.identifier(this.name)}`
      : sql`${sql.identifier(this.name)}`
  }
  shouldOmitSQLParens() {
    return true
  }
}

type Columns = Record<string, Column>

/** A table: its columns by field path, and itself, rendering as its name (or `"leads" AS "lead"` when aliased). */
export type Table<C extends Columns = Columns> = C & SQLWrapper & { readonly $name: string }

function table<C extends Columns>(name: string, columns: C, alias?: string): Table<C> {
  const bound = Object.fromEntries(
    Object.entries(columns).map(([key, column]) => [
      key,
      new Column(column.name, column.type, alias ?? name, alias !== undefined),
    ]),
  )
  return {
    ...(bound as C),
    $name: name,
    getSQL: () => (alias ? sql`${sql.identifier(name)} AS ${sql.identifier(alias)}` : sql`${sql.identifier(name)}`),
    shouldOmitSQLParens: () => true,
  }
}

/** The same table under another name in one statement (`FROM "leads" AS "lead"`); its columns name the alias. */
export const aliased = <C extends Columns>(of: Table<C>, alias: string): Table<C> =>
  table(of.$name, columnsOf(of), alias)

/** A table's columns by key. */
export function columnsOf<C extends Columns>(of: Table<C>): C
export function columnsOf(of: { readonly $name: string }): Columns
export function columnsOf(of: object): Columns {
  return Object.fromEntries(Object.entries(of).filter((entry): entry is [string, Column] => entry[1] instanceof Column))
}

const column = (name: string, type: ColumnType) => new Column(name, type)

export const enums = {
  /** Every localized table's `_locale` column (i18n/locales.ts). */
  locales: new EnumType('_locales'),
  /** payload_jobs.task_slug: the slugs of the tasks in the config. */
  jobTaskSlug: new EnumType('enum_payload_jobs_task_slug'),
  leadStatus: new EnumType('enum_leads_status'),
  leadPreferredContact: new EnumType('enum_leads_preferred_contact'),
  leadLocale: new EnumType('enum_leads_locale'),
  clinicLanguage: new EnumType('enum_clinics_languages_spoken'),
}

type AttributionField = (typeof attributionFields)[number]
type Touch = 'firstTouch' | 'lastTouch'

/** Each attribution field's column, after `attribution_first_touch_` or `attribution_last_touch_`. */
const attributionColumns: Record<AttributionField, string> = {
  utm_source: 'utm_source',
  utm_medium: 'utm_medium',
  utm_campaign: 'utm_campaign',
  utm_term: 'utm_term',
  utm_content: 'utm_content',
  gclid: 'gclid',
  fbclid: 'fbclid',
  referrer: 'referrer',
  landingPage: 'landing_page',
}

const touchColumns = (touch: Touch, prefix: string) =>
  Object.fromEntries(
    attributionFields.map((field) => [
      `attribution.${touch}.${field}`,
      column(`${prefix}_${attributionColumns[field]}`, 'varchar'),
    ]),
  ) as Record<`attribution.${Touch}.${AttributionField}`, Column>

/** A localized collection's table of localized fields: one row per document and locale. */
const localesTable = <C extends Columns>(name: string, columns: C) =>
  table(name, { ...columns, locale: column('_locale', enums.locales), parent: column('_parent_id', 'integer') })

export const tables = {
  /** The Leads collection (collections/Leads), written by the intake and read by mails and statistics. */
  leads: table('leads', {
    id: column('id', 'integer'),
    clinic: column('clinic_id', 'integer'),
    treatment: column('treatment_id', 'integer'),
    name: column('name', 'varchar'),
    email: column('email', 'varchar'),
    phone: column('phone', 'varchar'),
    preferredContact: column('preferred_contact', enums.leadPreferredContact),
    message: column('message', 'varchar'),
    locale: column('locale', enums.leadLocale),
    'consent.version': column('consent_version', 'varchar'),
    'consent.givenAt': column('consent_given_at', 'timestamptz'),
    marketingOptIn: column('marketing_opt_in', 'boolean'),
    source: column('source', 'varchar'),
    host: column('host', 'varchar'),
    status: column('status', enums.leadStatus),
    idempotencyKey: column('idempotency_key', 'varchar'),
    anonymizedAt: column('anonymized_at', 'timestamptz'),
    createdAt: column('created_at', 'timestamptz'),
    updatedAt: column('updated_at', 'timestamptz'),
    ...touchColumns('firstTouch', 'attribution_first_touch'),
    ...touchColumns('lastTouch', 'attribution_last_touch'),
  }),
  /** Payload's job queue, run by jobs/runner.ts and filled by the intake. */
  payloadJobs: table('payload_jobs', {
    id: column('id', 'integer'),
    input: column('input', 'jsonb'),
    taskSlug: column('task_slug', enums.jobTaskSlug),
    queue: column('queue', 'varchar'),
    processing: column('processing', 'boolean'),
    totalTried: column('total_tried', 'numeric'),
    hasError: column('has_error', 'boolean'),
    error: column('error', 'jsonb'),
    waitUntil: column('wait_until', 'timestamptz'),
    completedAt: column('completed_at', 'timestamptz'),
    createdAt: column('created_at', 'timestamptz'),
    updatedAt: column('updated_at', 'timestamptz'),
  }),
  /** Not Payload's: the rate limits' counters (migration 20261122_062000, http/rateLimits.ts). */
  rateLimitCounters: table('rate_limit_counters', {
    bucket: column('bucket', 'varchar'),
    windowStart: column('window_start', 'timestamptz'),
    count: column('count', 'integer'),
  }),
  clinics: table('clinics', {
    id: column('id', 'integer'),
    leadNotificationEmail: column('lead_notification_email', 'varchar'),
  }),
  clinicsLocales: localesTable('clinics_locales', { name: column('name', 'varchar') }),
  /** A clinic's `languagesSpoken` (a hasMany select): one row per language, in order. */
  clinicsLanguagesSpoken: table('clinics_languages_spoken', {
    value: column('value', enums.clinicLanguage),
    order: column('order', 'integer'),
    parent: column('parent_id', 'integer'),
  }),
  treatmentsLocales: localesTable('treatments_locales', { name: column('name', 'varchar') }),
  mediaLocales: localesTable('media_locales', { alt: column('alt', 'varchar') }),
  offerings: table('offerings', {
    id: column('id', 'integer'),
    clinic: column('clinic_id', 'integer'),
    treatment: column('treatment_id', 'integer'),
  }),
  offeringsLocales: localesTable('offerings_locales', { title: column('title', 'varchar') }),
}

/** The column's own default (the collection's `defaultValue`, through the migrations), in INSERT … VALUES. */
export const DEFAULT = sql`DEFAULT`

/**
 * `(column, …) VALUES (value, …)` for an INSERT into `into`: each value beside its column, so the two lists
 * cannot drift apart. A value may be SQL (`now()`, `DEFAULT`); undefined is left to the column's default.
 */
export function insertValues<C extends Columns>(into: Table<C>, row: { [K in keyof C]?: unknown }): SQL {
  const entries = Object.entries(row).filter(([, value]) => value !== undefined)
  const join = (chunks: SQL[]) => sql.join(chunks, sql`, `)
  return sql`(${join(entries.map(([key]) => sql`${into[key]}`))}) VALUES (${join(entries.map(([, value]) => sql`${value}`))})`
}

/**
 * The rows a raw SQL statement answers. Given the request, it runs inside that request's transaction, as
 * Payload's own operations do (the same lookup as Payload's getTransaction): it sees what the request has
 * written so far and holds no second pooled connection.
 */
export async function rows<Row>(payload: Payload, statement: SQL, req?: PayloadRequest): Promise<Row[]> {
  type Drizzle = Payload['db']['drizzle']
  const sessions = (payload.db as unknown as { sessions?: Record<string, { db: Drizzle } | undefined> }).sessions
  const transaction = req?.transactionID ? sessions?.[String(await req.transactionID)]?.db : undefined
  return ((await (transaction ?? payload.db.drizzle).execute(statement)) as unknown as { rows: Row[] }).rows
}

/**
 * A Payload `Where` (such as an access rule's answer) as a SQL condition on `on`'s columns. Only what access rules
 * here return is understood (`and`, `or`, and `equals`, `in` and `exists` on listed columns):
 * anything else throws, so a rule that changes shape fails a test instead of counting the wrong rows.
 */
export function whereSql<C extends Columns>(on: Table<C>, where: Where): SQL {
  const conditions = Object.entries(where).map(([path, condition]): SQL => {
    if (path === 'and' || path === 'or') {
      const parts = (condition as Where[]).map((part) => sql`(${whereSql(on, part)})`)
      if (parts.length === 0) return path === 'and' ? sql`TRUE` : sql`FALSE`
      return sql`(${sql.join(parts, path === 'and' ? sql` AND ` : sql` OR `)})`
    }
    const target = columnsOf(on)[path]
    if (!(target instanceof Column)) throw new Error(`No column of ${on.$name} is listed for "${path}"`)
    const operators = Object.entries(condition as Record<string, unknown>).map(([operator, value]): SQL => {
      const list = (values: unknown) =>
        sql.join(
          (values as unknown[]).map((value) => sql`${value}`),
          sql`, `,
        )
      switch (operator) {
        case 'equals':
          return value === null ? sql`${target} IS NULL` : sql`${target} = ${value}`
        case 'in':
          return (value as unknown[]).length ? sql`${target} IN (${list(value)})` : sql`FALSE`
        case 'exists':
          // As Payload reads it: the string 'false' (from a query string) is false, not a truthy string.
          return value === true || value === 'true' ? sql`${target} IS NOT NULL` : sql`${target} IS NULL`
        default:
          throw new Error(`The "${operator}" condition on ${on.$name}.${path} is not translated to SQL`)
      }
    })
    return sql.join(operators, sql` AND `)
  })
  return conditions.length ? sql.join(conditions, sql` AND `) : sql`TRUE`
}
