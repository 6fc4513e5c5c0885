/** Every page address the site links, revalidates and lists in its sitemap comes from these builders. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { type ClinicDomain, domainPagePath, pageHref, pagePath, pageUrl, routePath, sitePages } from '../../site/pages'

const berlin: ClinicDomain = { domain: 'berlin-mitte.example', clinic: 'berlin-mitte' }

beforeEach(() => vi.stubEnv('NEXT_PUBLIC_SERVER_URL', 'https://clinics.example/'))
afterEach(() => vi.unstubAllEnvs())

describe('pagePath', () => {
  it('puts the locale first, and the home page is the locale alone', () => {
    expect(pagePath('en', sitePages.home)).toBe('/en')
    expect(pagePath('ar', sitePages.home)).toBe('/ar')
  })

  it('writes the fixed words of an address in the visitor’s language', () => {
    const comparison = sitePages.comparison('berlin-mitte')
    expect(pagePath('en', comparison)).toBe('/en/clinics/berlin-mitte/botox-vs-fillers')
    expect(pagePath('de', comparison)).toBe('/de/kliniken/berlin-mitte/botox-oder-filler')
    expect(pagePath('fr', comparison)).toBe('/fr/cliniques/berlin-mitte/botox-ou-acide-hyaluronique')
    expect(pagePath('es', comparison)).toBe('/es/clinicas/berlin-mitte/botox-o-rellenos')
    expect(pagePath('ar', comparison)).toBe('/ar/clinics/berlin-mitte/botox-vs-fillers')
    expect(pagePath('de', sitePages.thankYou('berlin-mitte'))).toBe('/de/kliniken/berlin-mitte/danke')
    expect(pagePath('de', sitePages.treatment('botox'))).toBe('/de/behandlungen/botox')
    expect(pagePath('es', sitePages.practitioner('dr-lopez'))).toBe('/es/profesionales/dr-lopez')
    expect(pagePath('de', sitePages.articles)).toBe('/de/artikel')
    expect(pagePath('fr', sitePages.article('aftercare'))).toBe('/fr/articles/aftercare')
  })

  it('numbers the directory’s pages from 1', () => {
    expect(pagePath('de', sitePages.directory('de', 'all'))).toBe('/de/verzeichnis/de/all/1')
    expect(pagePath('fr', sitePages.directory('fr', 'paris', 3))).toBe('/fr/annuaire/fr/paris/3')
  })

  it('escapes a slug that is not plain, so it cannot add a path segment', () => {
    expect(pagePath('en', sitePages.article('a/b c'))).toBe('/en/articles/a%2Fb%20c')
    expect(pagePath('de', sitePages.clinic('zürich'))).toBe('/de/kliniken/z%C3%BCrich')
  })
})

describe('routePath', () => {
  it('is the English app folder in every locale: what Next caches and revalidates', () => {
    expect(routePath('de', sitePages.comparison('berlin-mitte'))).toBe('/de/clinics/berlin-mitte/botox-vs-fillers')
    expect(routePath('es', sitePages.articles)).toBe('/es/articles')
    expect(routePath('fr', sitePages.home)).toBe('/fr')
  })
})

describe('pageUrl', () => {
  it('is the platform’s absolute address of the page, without a double slash', () => {
    expect(pageUrl('de', sitePages.clinic('berlin-mitte'))).toBe('https://clinics.example/de/kliniken/berlin-mitte')
    expect(pageUrl('en', sitePages.home)).toBe('https://clinics.example/en')
  })

  it('is on the clinic’s own domain for the pages that domain shows, keeping the platform’s scheme and port', () => {
    expect(pageUrl('de', sitePages.comparison('berlin-mitte'), berlin)).toBe(
      'https://berlin-mitte.example/de/botox-oder-filler',
    )
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', 'http://localhost:3000')
    expect(pageUrl('fr', sitePages.treatment('botox'), berlin)).toBe(
      'http://berlin-mitte.example:3000/fr/traitements/botox',
    )
  })

  it('is on the platform for a page the clinic’s domain does not show', () => {
    expect(pageUrl('de', sitePages.clinic('hamburg'), berlin)).toBe('https://clinics.example/de/kliniken/hamburg')
    expect(pageUrl('en', sitePages.directory('de', 'all'), berlin)).toBe(
      'https://clinics.example/en/directory/de/all/1',
    )
  })
})

describe('domainPagePath', () => {
  it('leaves the clinic out of the address on its own domain: its page is the home page', () => {
    expect(domainPagePath('de', sitePages.clinic('berlin-mitte'), berlin)).toBe('/de')
    expect(domainPagePath('de', sitePages.comparison('berlin-mitte'), berlin)).toBe('/de/botox-oder-filler')
    expect(domainPagePath('es', sitePages.thankYou('berlin-mitte'), berlin)).toBe('/es/gracias')
    expect(domainPagePath('en', sitePages.home, berlin)).toBe('/en')
  })

  it('shows the shared pages in the visitor’s words', () => {
    expect(domainPagePath('de', sitePages.treatment('botox'), berlin)).toBe('/de/behandlungen/botox')
    expect(domainPagePath('fr', sitePages.practitioner('dr-weber'), berlin)).toBe('/fr/praticiens/dr-weber')
    expect(domainPagePath('es', sitePages.article('aftercare'), berlin)).toBe('/es/articulos/aftercare')
  })

  it('does not show another clinic’s pages or the directory', () => {
    expect(domainPagePath('de', sitePages.clinic('hamburg'), berlin)).toBeUndefined()
    expect(domainPagePath('de', sitePages.comparison('hamburg'), berlin)).toBeUndefined()
    expect(domainPagePath('de', sitePages.directory('de', 'berlin'), berlin)).toBeUndefined()
  })
})

describe('pageHref', () => {
  it('links within the platform by path', () => {
    expect(pageHref('de', sitePages.clinic('hamburg'))).toBe('/de/kliniken/hamburg')
  })

  it('links within a clinic’s domain by path, and out of it to the platform’s absolute address', () => {
    expect(pageHref('de', sitePages.treatment('botox'), berlin)).toBe('/de/behandlungen/botox')
    expect(pageHref('de', sitePages.clinic('berlin-mitte'), berlin)).toBe('/de')
    expect(pageHref('de', sitePages.clinic('hamburg'), berlin)).toBe('https://clinics.example/de/kliniken/hamburg')
    expect(pageHref('en', sitePages.directory('gb', 'all', 2), berlin)).toBe(
      'https://clinics.example/en/directory/gb/all/2',
    )
  })
})
