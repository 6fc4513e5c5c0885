import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { writeOfferingTitles } from '../collections/Offerings/title'

// Generated, then edited by hand: existing accounts get English as their language (the column is required);
// country codes typed into the old free-text field are upper-cased and "UK" becomes the ISO code GB before the
// country list applies, an old draft's code that names no country is cleared, and a clinic's stops the migration
// with the codes to correct (nothing is guessed); every existing offering gets its titles.
export async function up({ db, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clinics_address_country_code" AS ENUM('AF', 'AX', 'AL', 'DZ', 'AS', 'AD', 'AO', 'AI', 'AG', 'AR', 'AM', 'AW', 'AC', 'AU', 'AT', 'AZ', 'BS', 'BH', 'BD', 'BB', 'BY', 'BE', 'BZ', 'BJ', 'BM', 'BT', 'BO', 'BA', 'BW', 'BR', 'IO', 'VG', 'BN', 'BG', 'BF', 'BI', 'KH', 'CM', 'CA', 'CV', 'BQ', 'KY', 'CF', 'TD', 'CL', 'CN', 'CX', 'CC', 'CO', 'KM', 'CG', 'CD', 'CK', 'CR', 'CI', 'HR', 'CU', 'CW', 'CY', 'CZ', 'DK', 'DJ', 'DM', 'DO', 'EC', 'EG', 'SV', 'GQ', 'ER', 'EE', 'SZ', 'ET', 'FK', 'FO', 'FJ', 'FI', 'FR', 'GF', 'PF', 'GA', 'GM', 'GE', 'DE', 'GH', 'GI', 'GR', 'GL', 'GD', 'GP', 'GU', 'GT', 'GG', 'GN', 'GW', 'GY', 'HT', 'HN', 'HK', 'HU', 'IS', 'IN', 'ID', 'IR', 'IQ', 'IE', 'IM', 'IL', 'IT', 'JM', 'JP', 'JE', 'JO', 'KZ', 'KE', 'KI', 'XK', 'KW', 'KG', 'LA', 'LV', 'LB', 'LS', 'LR', 'LY', 'LI', 'LT', 'LU', 'MO', 'MG', 'MW', 'MY', 'MV', 'ML', 'MT', 'MH', 'MQ', 'MR', 'MU', 'YT', 'MX', 'FM', 'MD', 'MC', 'MN', 'ME', 'MS', 'MA', 'MZ', 'MM', 'NA', 'NR', 'NP', 'NL', 'NC', 'NZ', 'NI', 'NE', 'NG', 'NU', 'NF', 'KP', 'MK', 'MP', 'NO', 'OM', 'PK', 'PW', 'PS', 'PA', 'PG', 'PY', 'PE', 'PH', 'PL', 'PT', 'PR', 'QA', 'RE', 'RO', 'RU', 'RW', 'WS', 'SM', 'ST', 'SA', 'SN', 'RS', 'SC', 'SL', 'SG', 'SX', 'SK', 'SI', 'SB', 'SO', 'ZA', 'KR', 'SS', 'ES', 'LK', 'BL', 'SH', 'KN', 'LC', 'MF', 'PM', 'VC', 'SD', 'SR', 'SJ', 'SE', 'CH', 'SY', 'TW', 'TJ', 'TZ', 'TH', 'TL', 'TG', 'TK', 'TO', 'TT', 'TA', 'TN', 'TR', 'TM', 'TC', 'TV', 'VI', 'UG', 'UA', 'AE', 'GB', 'US', 'UY', 'UZ', 'VU', 'VA', 'VE', 'VN', 'WF', 'EH', 'YE', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__clinics_v_version_address_country_code" AS ENUM('AF', 'AX', 'AL', 'DZ', 'AS', 'AD', 'AO', 'AI', 'AG', 'AR', 'AM', 'AW', 'AC', 'AU', 'AT', 'AZ', 'BS', 'BH', 'BD', 'BB', 'BY', 'BE', 'BZ', 'BJ', 'BM', 'BT', 'BO', 'BA', 'BW', 'BR', 'IO', 'VG', 'BN', 'BG', 'BF', 'BI', 'KH', 'CM', 'CA', 'CV', 'BQ', 'KY', 'CF', 'TD', 'CL', 'CN', 'CX', 'CC', 'CO', 'KM', 'CG', 'CD', 'CK', 'CR', 'CI', 'HR', 'CU', 'CW', 'CY', 'CZ', 'DK', 'DJ', 'DM', 'DO', 'EC', 'EG', 'SV', 'GQ', 'ER', 'EE', 'SZ', 'ET', 'FK', 'FO', 'FJ', 'FI', 'FR', 'GF', 'PF', 'GA', 'GM', 'GE', 'DE', 'GH', 'GI', 'GR', 'GL', 'GD', 'GP', 'GU', 'GT', 'GG', 'GN', 'GW', 'GY', 'HT', 'HN', 'HK', 'HU', 'IS', 'IN', 'ID', 'IR', 'IQ', 'IE', 'IM', 'IL', 'IT', 'JM', 'JP', 'JE', 'JO', 'KZ', 'KE', 'KI', 'XK', 'KW', 'KG', 'LA', 'LV', 'LB', 'LS', 'LR', 'LY', 'LI', 'LT', 'LU', 'MO', 'MG', 'MW', 'MY', 'MV', 'ML', 'MT', 'MH', 'MQ', 'MR', 'MU', 'YT', 'MX', 'FM', 'MD', 'MC', 'MN', 'ME', 'MS', 'MA', 'MZ', 'MM', 'NA', 'NR', 'NP', 'NL', 'NC', 'NZ', 'NI', 'NE', 'NG', 'NU', 'NF', 'KP', 'MK', 'MP', 'NO', 'OM', 'PK', 'PW', 'PS', 'PA', 'PG', 'PY', 'PE', 'PH', 'PL', 'PT', 'PR', 'QA', 'RE', 'RO', 'RU', 'RW', 'WS', 'SM', 'ST', 'SA', 'SN', 'RS', 'SC', 'SL', 'SG', 'SX', 'SK', 'SI', 'SB', 'SO', 'ZA', 'KR', 'SS', 'ES', 'LK', 'BL', 'SH', 'KN', 'LC', 'MF', 'PM', 'VC', 'SD', 'SR', 'SJ', 'SE', 'CH', 'SY', 'TW', 'TJ', 'TZ', 'TH', 'TL', 'TG', 'TK', 'TO', 'TT', 'TA', 'TN', 'TR', 'TM', 'TC', 'TV', 'VI', 'UG', 'UA', 'AE', 'GB', 'US', 'UY', 'UZ', 'VU', 'VA', 'VE', 'VN', 'WF', 'EH', 'YE', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_users_language" AS ENUM('en', 'de', 'fr', 'es', 'ar');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'inviteUser' BEFORE 'anonymizeExpiredLeads';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'inviteUser' BEFORE 'anonymizeExpiredLeads';
  CREATE TABLE "offerings_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  UPDATE "clinics" SET "address_country_code" = upper(btrim("address_country_code"));
  UPDATE "clinics" SET "address_country_code" = 'GB' WHERE "address_country_code" = 'UK';
  UPDATE "_clinics_v" SET "version_address_country_code" = upper(btrim("version_address_country_code"));
  UPDATE "_clinics_v" SET "version_address_country_code" = 'GB' WHERE "version_address_country_code" = 'UK';
  UPDATE "_clinics_v" SET "version_address_country_code" = NULL
    WHERE "version_address_country_code" <> ALL (enum_range(NULL::"public"."enum__clinics_v_version_address_country_code")::text[]);
  DO $$
  DECLARE unknown text;
  BEGIN
    SELECT string_agg(DISTINCT "address_country_code", ', ') INTO unknown FROM "clinics"
      WHERE "address_country_code" <> ALL (enum_range(NULL::"public"."enum_clinics_address_country_code")::text[]);
    IF unknown IS NOT NULL THEN
      RAISE EXCEPTION 'Clinics have country codes that name no country (%): correct them, then migrate again', unknown;
    END IF;
  END $$;
  ALTER TABLE "clinics" ALTER COLUMN "address_country_code" SET DATA TYPE "public"."enum_clinics_address_country_code" USING "address_country_code"::"public"."enum_clinics_address_country_code";
  ALTER TABLE "_clinics_v" ALTER COLUMN "version_address_country_code" SET DATA TYPE "public"."enum__clinics_v_version_address_country_code" USING "version_address_country_code"::"public"."enum__clinics_v_version_address_country_code";
  ALTER TABLE "users" ADD COLUMN "language" "enum_users_language" DEFAULT 'en' NOT NULL;
  ALTER TABLE "users" ALTER COLUMN "language" DROP DEFAULT;
  ALTER TABLE "offerings_locales" ADD CONSTRAINT "offerings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "offerings_locales_locale_parent_id_unique" ON "offerings_locales" USING btree ("_locale","_parent_id");`)
  await writeOfferingTitles(req, 'all')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "offerings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "offerings_locales" CASCADE;
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notifyClinic', 'confirmToVisitor', 'sendCrmWebhook', 'anonymizeExpiredLeads', 'forgetOldRateLimitCounters');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notifyClinic', 'confirmToVisitor', 'sendCrmWebhook', 'anonymizeExpiredLeads', 'forgetOldRateLimitCounters');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  ALTER TABLE "clinics" ALTER COLUMN "address_country_code" SET DATA TYPE varchar;
  ALTER TABLE "_clinics_v" ALTER COLUMN "version_address_country_code" SET DATA TYPE varchar;
  ALTER TABLE "users" DROP COLUMN "language";
  DROP TYPE "public"."enum_clinics_address_country_code";
  DROP TYPE "public"."enum__clinics_v_version_address_country_code";
  DROP TYPE "public"."enum_users_language";`)
}
