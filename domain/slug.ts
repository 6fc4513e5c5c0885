const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a value is written as a slug: lower-case letters and digits in words joined by hyphens. */
export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value)

/** Latin letters that no Unicode decomposition turns into plain ones, as their languages spell them without. */
const SPELLED_OUT: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  þ: 'th',
  Þ: 'th',
}

/** "Zürich Seefeld" → "zurich-seefeld", "Müllerstraße" → "mullerstrasse": what a name looks like in a page address. */
export const slugify = (text: string): string =>
  text
    .replace(/[ßẞœŒæÆøØłŁđĐþÞ]/g, (letter) => SPELLED_OUT[letter])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
