import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "clinics_former_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"domain" varchar
  );
  
  CREATE TABLE "_clinics_v_version_former_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"domain" varchar,
  	"_uuid" varchar
  );
  
  ALTER TABLE "clinics_former_domains" ADD CONSTRAINT "clinics_former_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinics_v_version_former_domains" ADD CONSTRAINT "_clinics_v_version_former_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clinics_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "clinics_former_domains_order_idx" ON "clinics_former_domains" USING btree ("_order");
  CREATE INDEX "clinics_former_domains_parent_id_idx" ON "clinics_former_domains" USING btree ("_parent_id");
  CREATE INDEX "_clinics_v_version_former_domains_order_idx" ON "_clinics_v_version_former_domains" USING btree ("_order");
  CREATE INDEX "_clinics_v_version_former_domains_parent_id_idx" ON "_clinics_v_version_former_domains" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "clinics_former_domains" CASCADE;
  DROP TABLE "_clinics_v_version_former_domains" CASCADE;`)
}
