const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a value is written as a slug: lower-case letters and digits in words joined by hyphens. */
export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value)

/** "Zürich Seefeld" → "zurich-seefeld": what a name looks like in a page address. */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
