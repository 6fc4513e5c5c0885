import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_clinics_untranslated_languages" AS ENUM('fallback', 'hold');
  CREATE TYPE "public"."enum__clinics_v_version_untranslated_languages" AS ENUM('fallback', 'hold');
  ALTER TABLE "clinics" ADD COLUMN "untranslated_languages" "enum_clinics_untranslated_languages" DEFAULT 'fallback';
  ALTER TABLE "_clinics_v" ADD COLUMN "version_untranslated_languages" "enum__clinics_v_version_untranslated_languages" DEFAULT 'fallback';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics" DROP COLUMN "untranslated_languages";
  ALTER TABLE "_clinics_v" DROP COLUMN "version_untranslated_languages";
  DROP TYPE "public"."enum_clinics_untranslated_languages";
  DROP TYPE "public"."enum__clinics_v_version_untranslated_languages";`)
}
