import type { CollectionConfig } from 'payload'

import { contentRoles } from '../../access/roles'
import { clinicContent } from '../../access/rules'
import { articleTags } from '../../domain/options'
import { siteOptions } from '../../i18n/adminTexts'
import { clinicField, ownClinicsRelation } from '../../fields/clinic'
import { metaField } from '../../fields/meta'
import { slugField } from '../../fields/slug'
import { collectionHooks } from '../hooks'
import { revalidateArticle } from './hooks/revalidateArticle'
import { setPublishedAt } from './hooks/setPublishedAt'
import { translationStatusField } from '../../fields/translationStatus'

export const Articles: CollectionConfig = {
  slug: 'articles',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'clinic', 'publishedAt', 'translationStatus', '_status'] },
  access: clinicContent('clinic'),
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: collectionHooks(revalidateArticle, { beforeChange: [setPublishedAt] }),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true },
    slugField({ from: 'title', page: 'article', localized: true }),
    { name: 'excerpt', type: 'textarea', required: true, localized: true, maxLength: 400 },
    { name: 'body', type: 'richText', localized: true },
    // The author and reviewer show on the practitioner's page and in the article's JSON-LD: own clinics' only.
    ownClinicsRelation({ name: 'author', type: 'relationship', relationTo: 'practitioners' }, 'clinics'),
    {
      name: 'medicalReview',
      type: 'group',
      fields: [
        ownClinicsRelation({ name: 'reviewer', type: 'relationship', relationTo: 'practitioners' }, 'clinics'),
        { name: 'lastReviewed', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
      ],
    },
    clinicField({ roles: contentRoles, optionalForAdmin: true }),
    { name: 'tags', type: 'select', hasMany: true, options: siteOptions('Tag', articleTags) },
    metaField(),
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar' } },
    translationStatusField('articles'),
  ],
}
