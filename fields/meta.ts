import type { GroupField } from 'payload'

/** Search-engine title and description an owner may write; pages fall back to sensible defaults. */
export const metaField = (name = 'meta', label = 'Search engines'): GroupField => ({
  name,
  type: 'group',
  label,
  admin: { description: 'Leave empty to use the defaults the site writes from the content.' },
  fields: [
    { name: 'title', type: 'text', localized: true, maxLength: 70 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 160 },
  ],
})
