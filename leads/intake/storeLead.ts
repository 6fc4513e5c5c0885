import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import { DEFAULT, enums, insertValues, rows, tables } from '../../database/tables'
import { attributionFields } from '../../domain/options'
import type { Lead } from '../../payload-types'
import { notificationTasks } from '../jobs/notificationTasks'

type NewLead = Pick<
  Lead,
  | 'name'
  | 'email'
  | 'phone'
  | 'preferredContact'
  | 'message'
  | 'locale'
  | 'marketingOptIn'
  | 'attribution'
  | 'source'
  | 'host'
> & {
  clinicId: number
  treatmentId?: number
  consentVersion: string
  idempotencyKey?: string
  /** Queue the CRM webhook too (the clinic has one). */
  crmWebhook: boolean
}

const { leads, payloadJobs } = tables

/**
 * Stores a visitor's lead and queues its notification jobs in one statement, so both are committed or neither
 * is. This is the intake's hot path, written as SQL on the tables Payload generates for the Leads collection
 * and its jobs (database/tables.ts): Payload's create would run its whole document pipeline three times (the
 * lead, two jobs) for a shape the one schema in domain/leadSubmission.ts has already checked. What the visitor
 * left out (status, preferred contact, marketing opt-in) gets the collection's default, as the column's default.
 * Returns the new lead's id, or undefined when the idempotency key is already taken.
 */
export async function storeLead(payload: Payload, lead: NewLead): Promise<number | undefined> {
  const touch = (name: 'firstTouch' | 'lastTouch') =>
    Object.fromEntries(
      attributionFields.map((field) => [`attribution.${name}.${field}`, lead.attribution?.[name]?.[field] ?? null]),
    )
  const tasks = notificationTasks(lead.crmWebhook)
  const [stored] = await rows<{ id: number }>(
    payload,
    sql`
    WITH "lead" AS (
      INSERT INTO ${leads} ${insertValues(leads, {
        clinic: lead.clinicId,
        treatment: lead.treatmentId ?? null,
        name: lead.name,
        email: lead.email,
        phone: lead.phone ?? null,
        preferredContact: lead.preferredContact ?? DEFAULT,
        message: lead.message ?? null,
        locale: lead.locale,
        'consent.version': lead.consentVersion,
        'consent.givenAt': sql`now()`,
        marketingOptIn: lead.marketingOptIn ?? DEFAULT,
        source: lead.source,
        host: lead.host ?? null,
        idempotencyKey: lead.idempotencyKey ?? null,
        createdAt: sql`now()`,
        updatedAt: sql`now()`,
        ...touch('firstTouch'),
        ...touch('lastTouch'),
      })}
      ON CONFLICT (${leads.idempotencyKey}) DO NOTHING
      RETURNING ${leads.id}
    ), "jobs" AS (
      INSERT INTO ${payloadJobs} (${payloadJobs.input}, ${payloadJobs.taskSlug}, ${payloadJobs.queue})
      SELECT jsonb_build_object('lead', "lead"."id"), "task"::${enums.jobTaskSlug}, 'default'
      FROM "lead", unnest(${sql.raw(`ARRAY['${tasks.join("', '")}']`)}) AS "task"
    )
    SELECT "id" FROM "lead"`,
  )
  return stored?.id
}
