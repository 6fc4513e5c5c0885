import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" ADD COLUMN "host" varchar;
  CREATE INDEX "leads_host_idx" ON "leads" USING btree ("host");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "leads_host_idx";
  ALTER TABLE "leads" DROP COLUMN "host";`)
}
