import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "clinics_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "clinics_locales" ADD COLUMN "comparison_meta_title" varchar;
  ALTER TABLE "clinics_locales" ADD COLUMN "comparison_meta_description" varchar;
  ALTER TABLE "_clinics_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_clinics_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_clinics_v_locales" ADD COLUMN "version_comparison_meta_title" varchar;
  ALTER TABLE "_clinics_v_locales" ADD COLUMN "version_comparison_meta_description" varchar;
  ALTER TABLE "treatments_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "treatments_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_treatments_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_treatments_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "practitioners_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "practitioners_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_practitioners_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_practitioners_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "articles_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "articles_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_articles_v_locales" ADD COLUMN "version_meta_description" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "clinics_locales" DROP COLUMN "meta_title";
  ALTER TABLE "clinics_locales" DROP COLUMN "meta_description";
  ALTER TABLE "clinics_locales" DROP COLUMN "comparison_meta_title";
  ALTER TABLE "clinics_locales" DROP COLUMN "comparison_meta_description";
  ALTER TABLE "_clinics_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_clinics_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_clinics_v_locales" DROP COLUMN "version_comparison_meta_title";
  ALTER TABLE "_clinics_v_locales" DROP COLUMN "version_comparison_meta_description";
  ALTER TABLE "treatments_locales" DROP COLUMN "meta_title";
  ALTER TABLE "treatments_locales" DROP COLUMN "meta_description";
  ALTER TABLE "_treatments_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_treatments_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "practitioners_locales" DROP COLUMN "meta_title";
  ALTER TABLE "practitioners_locales" DROP COLUMN "meta_description";
  ALTER TABLE "_practitioners_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_practitioners_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "articles_locales" DROP COLUMN "meta_title";
  ALTER TABLE "articles_locales" DROP COLUMN "meta_description";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_articles_v_locales" DROP COLUMN "version_meta_description";`)
}
