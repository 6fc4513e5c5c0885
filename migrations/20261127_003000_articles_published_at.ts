import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand. Articles published before publishedAt was set on first publish (collections/Articles/hooks/
// setPublishedAt.ts) have none, so they show no date: they get the date they were created, the closest known.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
    UPDATE "articles" SET "published_at" = "created_at"
      WHERE "published_at" IS NULL AND "_status" = 'published';
    UPDATE "_articles_v" SET "version_published_at" = "version_created_at"
      WHERE "version_published_at" IS NULL AND "version__status" = 'published';`)
}

// Nothing to undo: the dates filled in cannot be told from dates set on publish.
export async function down(_args: MigrateDownArgs): Promise<void> {}
