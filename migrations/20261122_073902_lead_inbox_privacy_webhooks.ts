import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendCrmWebhook';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'anonymizeExpiredLeads';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendCrmWebhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'anonymizeExpiredLeads';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "leads" ALTER COLUMN "email" DROP NOT NULL;
  ALTER TABLE "clinics" ADD COLUMN "lead_retention_months" numeric DEFAULT 24;
  ALTER TABLE "clinics" ADD COLUMN "crm_webhook_url" varchar;
  ALTER TABLE "clinics" ADD COLUMN "crm_webhook_secret" varchar;
  ALTER TABLE "_clinics_v" ADD COLUMN "version_lead_retention_months" numeric DEFAULT 24;
  ALTER TABLE "_clinics_v" ADD COLUMN "version_crm_webhook_url" varchar;
  ALTER TABLE "_clinics_v" ADD COLUMN "version_crm_webhook_secret" varchar;
  ALTER TABLE "leads" ADD COLUMN "source" varchar;
  ALTER TABLE "leads" ADD COLUMN "assignee_id" integer;
  ALTER TABLE "leads" ADD COLUMN "anonymized_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "leads_source_idx" ON "leads" USING btree ("source");
  CREATE INDEX "leads_assignee_idx" ON "leads" USING btree ("assignee_id");
  CREATE INDEX "leads_anonymized_at_idx" ON "leads" USING btree ("anonymized_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "leads" DROP CONSTRAINT "leads_assignee_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyClinic', 'confirmToVisitor');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyClinic', 'confirmToVisitor');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "leads_source_idx";
  DROP INDEX "leads_assignee_idx";
  DROP INDEX "leads_anonymized_at_idx";
  ALTER TABLE "leads" ALTER COLUMN "email" SET NOT NULL;
  ALTER TABLE "clinics" DROP COLUMN "lead_retention_months";
  ALTER TABLE "clinics" DROP COLUMN "crm_webhook_url";
  ALTER TABLE "clinics" DROP COLUMN "crm_webhook_secret";
  ALTER TABLE "_clinics_v" DROP COLUMN "version_lead_retention_months";
  ALTER TABLE "_clinics_v" DROP COLUMN "version_crm_webhook_url";
  ALTER TABLE "_clinics_v" DROP COLUMN "version_crm_webhook_secret";
  ALTER TABLE "leads" DROP COLUMN "source";
  ALTER TABLE "leads" DROP COLUMN "assignee_id";
  ALTER TABLE "leads" DROP COLUMN "anonymized_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
