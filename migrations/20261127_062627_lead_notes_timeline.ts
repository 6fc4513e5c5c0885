import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Generated, then the notes moved by hand: a lead's single notes text becomes the first note of its timeline
// (no author, at the lead's last update) before the old column goes, so no note is lost.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "leads_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone
  );

  ALTER TABLE "leads_notes" ADD CONSTRAINT "leads_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads_notes" ADD CONSTRAINT "leads_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "leads_notes_order_idx" ON "leads_notes" USING btree ("_order");
  CREATE INDEX "leads_notes_parent_id_idx" ON "leads_notes" USING btree ("_parent_id");
  CREATE INDEX "leads_notes_author_idx" ON "leads_notes" USING btree ("author_id");
  INSERT INTO "leads_notes" ("_order", "_parent_id", "id", "text", "at")
    SELECT 1, "id", substr(md5("id"::text || clock_timestamp()::text), 1, 24), "notes", "updated_at"
    FROM "leads" WHERE btrim(coalesce("notes", '')) <> '';
  ALTER TABLE "leads" DROP COLUMN "notes";`)
}

// Back to one text: the notes joined in order, so none is lost either way.
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "leads" ADD COLUMN "notes" varchar;
  UPDATE "leads" SET "notes" = (
    SELECT string_agg("text", E'\n\n' ORDER BY "_order") FROM "leads_notes" WHERE "_parent_id" = "leads"."id");
  DROP TABLE "leads_notes" CASCADE;`)
}
