import type { GroupField } from 'payload'

/** Search-engine title and description an owner may write; pages fall back to sensible defaults. */
export const metaField = (name = 'meta'): GroupField => ({
  name,
  type: 'group',
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 160 },
  ],
})
