import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand. The job runner (jobs/runner.ts) claims the jobs that are due, in the order they fell due: a
// job is due at its wait_until (a retry's backoff) or, without one, when it was queued. The previous index was
// ordered by queueing time, so while the mail server was down every claim walked past all the jobs waiting
// out a backoff (12 000 after a minute) to find the few due ones.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "payload_jobs_due_idx";
    CREATE INDEX IF NOT EXISTS "payload_jobs_due_at_idx"
      ON "payload_jobs" USING btree ("queue", (coalesce("wait_until", "created_at")), "id")
      WHERE "completed_at" IS NULL AND "has_error" IS NOT TRUE;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
    DROP INDEX IF EXISTS "payload_jobs_due_at_idx";
    CREATE INDEX IF NOT EXISTS "payload_jobs_due_idx" ON "payload_jobs" USING btree ("queue", "created_at", "id")
      WHERE "completed_at" IS NULL AND "has_error" IS NOT TRUE;`)
}
