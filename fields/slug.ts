import type { FieldHook, TextField } from 'payload'
import { adminError } from '../i18n/adminTexts'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a value is written as a slug: lower-case letters and digits in words joined by hyphens. */
export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value)

export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')

/** A URL slug, filled from `from` when left empty, so editors rarely type one. */
export const slugField = ({ from, localized = false }: { from: string; localized?: boolean }): TextField => {
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
    admin: { position: 'sidebar' },
    hooks: { beforeValidate: [fillFromSource] },
    validate: (value: string | null | undefined, { req }) =>
      typeof value === 'string' && isSlug(value) ? true : adminError(req, 'slug'),
  }
}
