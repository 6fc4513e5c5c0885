/** What a name looks like in a page address when the owner leaves the slug to the admin. */
import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from '../../domain/slug'

describe('slugify', () => {
  it.each([
    [
      'writes a name in lower-case words joined by hyphens',
      {
        'Berlin Mitte': 'berlin-mitte',
        '  Dr. O’Brien & Partners!! ': 'dr-o-brien-partners',
        'Botox -- vs. -- Fillers': 'botox-vs-fillers',
        'Clinic 24/7': 'clinic-24-7',
      },
    ],
    [
      'drops accents rather than the letters that carry them',
      {
        'Zürich Seefeld': 'zurich-seefeld',
        'Clinique Élysée': 'clinique-elysee',
        'Clínica Peñalver': 'clinica-penalver',
        'ＡＢＣ Clinic １２': 'abc-clinic-12',
      },
    ],
    // ß, œ and their like are letters of their words, not word breaks ("mullerstra-e" before).
    [
      'spells out the letters that have no accent to drop',
      {
        Müllerstraße: 'mullerstrasse',
        'Clinique du Cœur': 'clinique-du-coeur',
        'København Æstetik': 'kobenhavn-aestetik',
        Łódź: 'lodz',
      },
    ],
  ])('%s', (_, slugs: Record<string, string>) => {
    for (const [name, slug] of Object.entries(slugs)) expect(slugify(name), name).toBe(slug)
  })

  it('keeps the Latin words of a mixed name and makes nothing of Arabic or other scripts alone', () => {
    expect(slugify('Dubai عيادة Marina')).toBe('dubai-marina')
    // Nothing usable: the slug field then asks the owner to write one (isSlug refuses '').
    expect(slugify('عيادة دبي')).toBe('')
    expect(slugify('東京クリニック')).toBe('')
    expect(isSlug(slugify('عيادة دبي'))).toBe(false)
  })

  it('shortens nothing: a long name keeps every word', () => {
    const name = Array.from({ length: 40 }, (_, index) => `Word${index}`).join(' ')
    const slug = slugify(name)
    expect(slug.split('-')).toHaveLength(40)
    expect(slug.endsWith('-word39')).toBe(true)
  })

  it('always gives a valid slug when the name has a Latin letter or digit', () => {
    for (const name of ['Zürich Seefeld', ' --A-- ', 'Clinic 24/7', 'Dubai عيادة Marina', 'É']) {
      expect(isSlug(slugify(name))).toBe(true)
    }
  })
})
