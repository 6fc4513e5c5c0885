import { sql } from '@payloadcms/db-postgres'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CollectionConfig, FieldHook } from 'payload'

import { clinicRoles, contentRoles } from '../access/roles'
import { canWriteContent, ownClinics } from '../access/rules'
import { dataDir } from '../bootstrap/paths'
import { rowsOf } from '../database/session'
import { clinicField } from '../fields/clinic'
import { localeLabels, locales } from '../i18n/locales'

const mediaDir = process.env.MEDIA_DIR ?? path.join(dataDir, 'media')

/**
 * The languages an image has no alt text in, for its owners (visitors' pages fall back to the default language's
 * text, else treat the image as decorative). Read from every locale's row at once; only for signed-in staff.
 */
const languagesWithoutAlt: FieldHook = async ({ data, req }) => {
  if (!req.user || typeof data?.id !== 'number') return undefined
  // Inside the request's transaction: after a save, the answer already counts the text just written.
  const rows = await rowsOf<{ locale: string }>(
    req.payload,
    sql`SELECT "_locale" AS "locale" FROM "media_locales" WHERE "_parent_id" = ${data.id} AND "alt" <> ''`,
    req,
  )
  const described = new Set(rows.map((row) => row.locale))
  const missing = locales.filter((locale) => !described.has(locale)).map((locale) => localeLabels[locale])
  return missing.length > 0 ? missing.join(', ') : '—'
}

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: canWriteContent,
    // Images are public assets of the site; staff manage only their own clinic's uploads.
    read: (args) => (args.req.user ? ownClinics('clinic', clinicRoles)(args) : true),
    update: ownClinics('clinic', contentRoles),
    delete: ownClinics('clinic', contentRoles),
  },
  admin: { defaultColumns: ['filename', 'alt', 'altMissingIn', 'clinic'] },
  upload: {
    staticDir: mediaDir,
    // Payload answers a visitor's request for a missing file with a 500 (visitors skip its record lookup): a 404.
    handlers: [
      (_req, { params }) =>
        existsSync(path.join(mediaDir, path.basename(params.filename)))
          ? undefined
          : Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 }),
    ],
    mimeTypes: ['image/*'],
    formatOptions: { format: 'webp', options: { quality: 82 } },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: { format: 'webp' } },
      { name: 'card', width: 768, formatOptions: { format: 'webp' } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp' } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
    },
    {
      name: 'altMissingIn',
      type: 'text',
      virtual: true,
      admin: { readOnly: true },
      hooks: { afterRead: [languagesWithoutAlt] },
    },
    clinicField({ roles: contentRoles, optionalForAdmin: true }),
  ],
}
