import { sql } from '@payloadcms/db-postgres'
import { s3Storage } from '@payloadcms/storage-s3'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CollectionConfig, FieldHook } from 'payload'

import { clinicRoles, contentRoles } from '../access/roles'
import { canWriteContent, ownClinics } from '../access/rules'
import { rows, tables } from '../database/tables'
import { clinicField } from '../fields/clinic'
import { localeLabels, locales } from '../i18n/locales'

/** Uploads go to S3-compatible object storage when a bucket is named (README, "Several instances"). */
const inObjectStorage = Boolean(process.env.S3_BUCKET)

/**
 * Stores uploads in S3-compatible object storage (AWS S3, MinIO, …) when S3_BUCKET is set, so every instance
 * serves every image; otherwise they are files in MEDIA_DIR. Images are still read through Payload
 * (`/api/media/file/…`), which streams them from the bucket.
 */
export const mediaStorage = () =>
  s3Storage({
    enabled: inObjectStorage,
    // The storage's own field (the object's key) exists either way: one schema, one set of migrations.
    alwaysInsertFields: true,
    bucket: process.env.S3_BUCKET ?? '',
    collections: { media: true },
    config: {
      endpoint: process.env.S3_ENDPOINT || undefined,
      region: process.env.S3_REGION ?? 'us-east-1',
      // A self-hosted server (MinIO) answers at its own address, not at <bucket>.<endpoint>.
      forcePathStyle: Boolean(process.env.S3_ENDPOINT),
      credentials: process.env.S3_ACCESS_KEY_ID
        ? { accessKeyId: process.env.S3_ACCESS_KEY_ID, secretAccessKey: process.env.S3_SECRET_ACCESS_KEY ?? '' }
        : undefined,
      // Checksums only where the S3 API requires them: the SDK's default streaming checksums are not understood
      // by every S3-compatible server.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
  })

/**
 * The languages an image has no alt text in, for its owners (visitors' pages fall back to the default language's
 * text, else treat the image as decorative). Read from every locale's row at once; only for signed-in staff.
 */
const languagesWithoutAlt: FieldHook = async ({ data, req }) => {
  if (!req.user || typeof data?.id !== 'number') return undefined
  // Inside the request's transaction: after a save, the answer already counts the text just written.
  const { mediaLocales: texts } = tables
  const withAlt = await rows<{ locale: string }>(
    req.payload,
    sql`SELECT ${texts.locale} AS "locale" FROM ${texts} WHERE ${texts.parent} = ${data.id} AND ${texts.alt} <> ''`,
    req,
  )
  const described = new Set(withAlt.map((row) => row.locale))
  const missing = locales.filter((locale) => !described.has(locale)).map((locale) => localeLabels[locale])
  return missing.length > 0 ? missing.join(', ') : '—'
}

/** The uploads collection, with files in `mediaDir` unless they go to object storage (payload.config.ts). */
export const mediaCollection = (mediaDir: string): CollectionConfig => ({
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
    // Payload answers a visitor's request for a missing file on disk with a 500 (visitors skip its record
    // lookup): a 404. The object storage's own handler already answers 404.
    handlers: inObjectStorage
      ? []
      : [
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
})
