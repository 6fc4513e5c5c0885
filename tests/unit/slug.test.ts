/** What a name looks like in a page address when the owner leaves the slug to the admin. */
import { describe, expect, it } from 'vitest'

import { isSlug, slugify } from '../../domain/slug'

describe('slugify', () => {
  it('writes a name in lower-case words joined by hyphens', () => {
    expect(slugify('Berlin Mitte')).toBe('berlin-mitte')
    expect(slugify('  Dr. O’Brien & Partners!! ')).toBe('dr-o-brien-partners')
    expect(slugify('Botox -- vs. -- Fillers')).toBe('botox-vs-fillers')
    expect(slugify('Clinic 24/7')).toBe('clinic-24-7')
  })

  it('drops accents rather than the letters that carry them', () => {
    expect(slugify('Zürich Seefeld')).toBe('zurich-seefeld')
    expect(slugify('Clinique Élysée')).toBe('clinique-elysee')
    expect(slugify('Clínica Peñalver')).toBe('clinica-penalver')
    expect(slugify('ＡＢＣ Clinic １２')).toBe('abc-clinic-12')
  })

  // ß, œ and their like are letters of their words, not word breaks ("mullerstra-e" before).
  it('spells out the letters that have no accent to drop', () => {
    expect(slugify('Müllerstraße')).toBe('mullerstrasse')
    expect(slugify('Clinique du Cœur')).toBe('clinique-du-coeur')
    expect(slugify('København Æstetik')).toBe('kobenhavn-aestetik')
    expect(slugify('Łódź')).toBe('lodz')
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
