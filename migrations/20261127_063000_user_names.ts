import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand. Users are listed by name now (collections/Users/hooks/nameFromEmail.ts fills it in on save):
// accounts saved before without one get the part of their email before the @.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    UPDATE "users" SET "name" = split_part("email", '@', 1) WHERE "name" IS NULL OR btrim("name") = '';`)
}

// Nothing to undo: the names filled in cannot be told from names typed by hand.
export async function down(_args: MigrateDownArgs): Promise<void> {}
