import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

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

const touchColumns = (prefix: 'first' | 'last') =>
  attributionFields.map((field) =>
    sql.raw(`"attribution_${prefix}_touch_${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}"`),
  )

/**
 * Stores a visitor's lead and queues its notification jobs in one statement, so both are committed or neither
 * is. This is the intake's hot path, written as SQL on the tables Payload generates for the Leads collection
 * and its jobs (see the migrations): Payload's create would run its whole document pipeline three times (the
 * lead, two jobs) for a shape the one schema in domain/leadSubmission.ts has already checked.
 * Returns the new lead's id, or undefined when the idempotency key is already taken.
 */
export async function storeLead(payload: Payload, lead: NewLead): Promise<number | undefined> {
  const touch = (name: 'firstTouch' | 'lastTouch') =>
    attributionFields.map((field) => sql`${lead.attribution?.[name]?.[field] ?? null}`)
  const tasks = notificationTasks(lead.crmWebhook)
  const { rows } = (await payload.db.drizzle.execute(sql`
    WITH "lead" AS (
      INSERT INTO "leads" (
        "clinic_id", "treatment_id", "name", "email", "phone", "preferred_contact", "message", "locale",
        "consent_version", "consent_given_at", "marketing_opt_in", "source", "host", "status", "idempotency_key", "created_at",
        "updated_at",
        ${sql.join(touchColumns('first'), sql`, `)}, ${sql.join(touchColumns('last'), sql`, `)}
      ) VALUES (
        ${lead.clinicId}, ${lead.treatmentId ?? null}, ${lead.name}, ${lead.email}, ${lead.phone ?? null},
        ${lead.preferredContact ?? 'email'}, ${lead.message ?? null}, ${lead.locale}, ${lead.consentVersion}, now(),
        ${lead.marketingOptIn ?? false}, ${lead.source}, ${lead.host ?? null}, 'new', ${lead.idempotencyKey ?? null}, now(), now(),
        ${sql.join(touch('firstTouch'), sql`, `)}, ${sql.join(touch('lastTouch'), sql`, `)}
      )
      ON CONFLICT ("idempotency_key") DO NOTHING
      RETURNING "id"
    ), "jobs" AS (
      INSERT INTO "payload_jobs" ("input", "task_slug", "queue")
      SELECT jsonb_build_object('lead', "lead"."id"), "task"::"enum_payload_jobs_task_slug", 'default'
      FROM "lead", unnest(${sql.raw(`ARRAY['${tasks.join("', '")}']`)}) AS "task"
    )
    SELECT "id" FROM "lead"
  `)) as unknown as { rows: { id: number }[] }
  return rows[0]?.id
}
