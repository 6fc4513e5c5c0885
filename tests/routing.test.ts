/** The proxy's matcher spells out the locales and root files (Next reads it literally): it must stay in step. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { locales } from '../i18n/locales'

const root = path.join(import.meta.dirname, '..')
const source = readFileSync(path.join(root, 'proxy.ts'), 'utf8')
const matcher = new RegExp(`^${source.match(/matcher: \[\s*'(.+)',?\s*\]/)![1].replaceAll('\\\\', '\\')}$`)

describe('the proxy matcher', () => {
  it('takes addresses without a locale, to redirect them by Accept-Language', () => {
    for (const address of ['/', '/clinics/london-marylebone', '/english', '/dear', '/administrator', '/apix']) {
      expect(address).toMatch(matcher)
    }
  })

  it('leaves every locale’s pages, the admin, the API and Next’s files alone', () => {
    for (const locale of locales) {
      expect(`/${locale}`).not.toMatch(matcher)
      expect(`/${locale}/articles`).not.toMatch(matcher)
      expect(`/${locale}/clinics/berlin-mitte/botox-vs-fillers`).not.toMatch(matcher)
    }
    for (const address of ['/admin', '/admin/collections/media', '/api/clinics', '/api/media/file/x.png']) {
      expect(address).not.toMatch(matcher)
    }
    expect('/_next/static/chunks/x.js').not.toMatch(matcher)
  })

  it('leaves every file served at the root alone: public/ and the app’s metadata files', () => {
    const publicFiles = readdirSync(path.join(root, 'public'))
    const metadataFiles = readdirSync(path.join(root, 'app'))
      .filter((file) => /^(robots|sitemap|icon)\./.test(file))
      .map((file) => file.replace(/^robots\.ts$/, 'robots.txt').replace(/^sitemap\.ts$/, 'sitemap.xml'))
    expect(metadataFiles).toEqual(expect.arrayContaining(['robots.txt', 'sitemap.xml', 'icon.svg']))
    for (const file of [...publicFiles, ...metadataFiles]) expect(`/${file}`).not.toMatch(matcher)
  })

  it('takes every address that cannot be a page, with or without a locale, to answer it with a 404', () => {
    const notPages = ['/foo.bar', '/.env', '/wp-login.php', '/api.php', '/en.json', '/%00', '/robots.txt.bak']
    for (const address of notPages) expect(address).toMatch(matcher)
    for (const locale of locales) {
      for (const rest of ['foo.bar', 'clinics/x.y', 'clinics/%00', '%E0%A4%A']) {
        expect(`/${locale}/${rest}`).toMatch(matcher)
      }
    }
  })
})
