import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand. The job runner (jobs/runner.ts) claims the oldest due jobs each time a slot frees up; without
// this index every claim scanned and sorted the whole backlog, which made a 10 000-job backlog drain slowly.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE INDEX IF NOT EXISTS "payload_jobs_due_idx" ON "payload_jobs" USING btree ("queue", "created_at", "id")
    WHERE "completed_at" IS NULL AND "has_error" IS NOT TRUE;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP INDEX IF EXISTS "payload_jobs_due_idx";`)
}
