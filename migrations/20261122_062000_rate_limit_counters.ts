import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand: counters for the public lead endpoint's rate limits and spam statistics
// (http/rateLimits.ts). Not a Payload collection: they are incremented atomically in SQL.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    CREATE TABLE IF NOT EXISTS "rate_limit_counters" (
      "bucket" varchar(300) NOT NULL,
      "window_start" timestamp(3) with time zone NOT NULL,
      "count" integer NOT NULL DEFAULT 0,
      PRIMARY KEY ("bucket", "window_start")
    );
    CREATE INDEX IF NOT EXISTS "rate_limit_counters_window_start_idx" ON "rate_limit_counters" ("window_start");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "rate_limit_counters";`)
}
