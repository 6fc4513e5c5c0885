import { sql } from '@payloadcms/db-postgres'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { aliased, type Column, enums, rows, tables } from '../../database/tables'
import { adminText } from '../../i18n/adminTexts'
import { defaultLocale, locales } from '../../i18n/locales'

/** Which offerings' titles to write: one offering's, all of a clinic's or a treatment's, or every one (migrations). */
type OfferingsOf = { offering: number } | { clinic: number } | { treatment: number } | 'all'

const offering = aliased(tables.offerings, 'offering')
const { offeringsLocales: titles, clinicsLocales, treatmentsLocales } = tables

const condition = (which: OfferingsOf) =>
  which === 'all'
    ? sql`true`
    : 'offering' in which
      ? sql`${offering.id} = ${which.offering}`
      : 'clinic' in which
        ? sql`${offering.clinic} = ${which.clinic}`
        : sql`${offering.treatment} = ${which.treatment}`

/**
 * Writes offerings' titles, "<treatment> at <clinic>", in every locale at once, with each name in that locale (or
 * the default locale's where it has none), so lists, relationship pickers and the edit view name an offering
 * rather than "ID: 5". In one statement inside the request's transaction: it sees an offering being created.
 */
export async function writeOfferingTitles(req: PayloadRequest, which: OfferingsOf) {
  const template = adminText('offerings.title')
  const templates = sql.join(
    locales.map((locale) => sql`(${locale}::${enums.locales}, ${template[locale]})`),
    sql`, `,
  )
  const nameIn = (names: typeof clinicsLocales | typeof treatmentsLocales, parent: Column) => sql`
    coalesce(
      (SELECT ${names.name} FROM ${names} WHERE ${names.parent} = ${parent} AND ${names.locale} = "template"."locale"),
      (SELECT ${names.name} FROM ${names} WHERE ${names.parent} = ${parent} AND ${names.locale} = ${defaultLocale}),
      '')`
  await rows(
    req.payload,
    sql`
      INSERT INTO ${titles} (${titles.title}, ${titles.locale}, ${titles.parent})
      SELECT replace(replace("template"."text",
          '{treatment}', ${nameIn(treatmentsLocales, offering.treatment)}),
          '{clinic}', ${nameIn(clinicsLocales, offering.clinic)}),
        "template"."locale", ${offering.id}
      FROM ${offering} CROSS JOIN (VALUES ${templates}) AS "template"("locale", "text")
      WHERE ${condition(which)}
      ON CONFLICT (${titles.locale}, ${titles.parent}) DO UPDATE SET ${titles.title} = excluded.${titles.title}`,
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
