import type { FieldHook, TextField } from 'payload'

import { isSlug, slugify } from '../domain/slug'
import { adminError, adminText } from '../i18n/adminTexts'
import type { SlugPage } from './SlugInput'

/**
 * A URL slug. In the admin the owner sees it filled in from `from` as they type and the page address it makes
 * (fields/SlugInput.tsx), and may change it; a document created without one (the API, scripts) gets it from `from`.
 */
export const slugField = ({
  from,
  page,
  localized = false,
}: {
  from: string
  page: SlugPage
  localized?: boolean
}): TextField => {
  const fillFromSource: FieldHook = ({ value, siblingData }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = siblingData?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }
  return {
    name: 'slug',
    type: 'text',
    localized,
    unique: true,
    index: true,
    required: true,
    admin: {
      position: 'sidebar',
      components: {
        Field: {
          path: '/fields/SlugInput#SlugInput',
          clientProps: { from, page, addressLabel: adminText('fields.common.slug._address') },
        },
      },
    },
    hooks: { beforeValidate: [fillFromSource] },
    validate: (value: string | null | undefined, { req }) =>
      typeof value === 'string' && isSlug(value) ? true : adminError(req, 'slug'),
  }
}
