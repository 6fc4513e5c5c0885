import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { rowsOf } from '../../database/session'
import { adminText } from '../../i18n/adminTexts'
import { defaultLocale, locales } from '../../i18n/locales'

/** Which offerings' titles to write: one offering's, all of a clinic's or a treatment's, or every one (migrations). */
type OfferingsOf = { offering: number } | { clinic: number } | { treatment: number } | 'all'

const condition = (which: OfferingsOf) =>
  which === 'all'
    ? sql`true`
    : 'offering' in which
      ? sql`"offering"."id" = ${which.offering}`
      : 'clinic' in which
        ? sql`"offering"."clinic_id" = ${which.clinic}`
        : sql`"offering"."treatment_id" = ${which.treatment}`

/**
 * Writes offerings' titles, "<treatment> at <clinic>", in every locale at once, with each name in that locale (or
 * the default locale's where it has none), so lists, relationship pickers and the edit view name an offering
 * rather than "ID: 5". In one statement inside the request's transaction: it sees an offering being created.
 */
export async function writeOfferingTitles(req: PayloadRequest, which: OfferingsOf) {
  const template = adminText('offerings.title')
  const templates = sql.join(
    locales.map((locale) => sql`(${locale}::"_locales", ${template[locale]})`),
    sql`, `,
  )
  const nameIn = (table: string, parent: ReturnType<typeof sql>) => sql`
    coalesce(
      (SELECT "name" FROM ${sql.identifier(table)} WHERE "_parent_id" = ${parent} AND "_locale" = "template"."locale"),
      (SELECT "name" FROM ${sql.identifier(table)} WHERE "_parent_id" = ${parent} AND "_locale" = ${defaultLocale}),
      '')`
  await rowsOf(
    req.payload,
    sql`
      INSERT INTO "offerings_locales" ("title", "_locale", "_parent_id")
      SELECT replace(replace("template"."text",
          '{treatment}', ${nameIn('treatments_locales', sql`"offering"."treatment_id"`)}),
          '{clinic}', ${nameIn('clinics_locales', sql`"offering"."clinic_id"`)}),
        "template"."locale", "offering"."id"
      FROM "offerings" AS "offering" CROSS JOIN (VALUES ${templates}) AS "template"("locale", "text")
      WHERE ${condition(which)}
      ON CONFLICT ("_locale", "_parent_id") DO UPDATE SET "title" = excluded."title"`,
    req,
  )
}

/** After an offering, clinic or treatment is saved: its offerings' titles follow the names. */
export const offeringTitlesOf =
  (key: 'offering' | 'clinic' | 'treatment'): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    await writeOfferingTitles(req, { [key]: doc.id } as OfferingsOf)
    return doc
  }
