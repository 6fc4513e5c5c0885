import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand. Rate-limit counters need no write-ahead log: a request that only counts then commits
// without waiting for a disk flush, which is what held the lead intake back under load. A clean restart keeps
// the counters; only a database crash resets them, which merely restarts the current windows.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "rate_limit_counters" SET UNLOGGED;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "rate_limit_counters" SET LOGGED;`)
}
