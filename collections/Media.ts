import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { clinicRoles, contentRoles } from '../access/roles'
import { canWriteContent, ownClinics } from '../access/rules'
import { dataDir } from '../bootstrap/paths'
import { clinicField } from '../fields/clinic'

const mediaDir = process.env.MEDIA_DIR ?? path.join(dataDir, 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: canWriteContent,
    // Images are public assets of the site; staff manage only their own clinic's uploads.
    read: (args) => (args.req.user ? ownClinics('clinic', clinicRoles)(args) : true),
    update: ownClinics('clinic', contentRoles),
    delete: ownClinics('clinic', contentRoles),
  },
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
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
    clinicField({ roles: contentRoles, optionalForAdmin: true }),
  ],
}
