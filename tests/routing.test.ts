/** The proxy's matcher spells out what it leaves alone (Next reads it literally): it must stay in step. */
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

  it('takes every locale’s pages and the root files too, to tell a clinic’s domain from a made-up host', () => {
    for (const locale of locales) {
      for (const page of [`/${locale}`, `/${locale}/articles`, `/${locale}/clinics/berlin-mitte/botox-vs-fillers`]) {
        expect(page).toMatch(matcher)
      }
    }
    for (const file of ['/robots.txt', '/sitemap.xml', '/sitemap/0.xml']) expect(file).toMatch(matcher)
  })

  it('leaves the admin, the API and Next’s files alone', () => {
    for (const address of ['/admin', '/admin/collections/media', '/api/clinics', '/api/media/file/x.png']) {
      expect(address).not.toMatch(matcher)
    }
    expect('/_next/static/chunks/x.js').not.toMatch(matcher)
  })

  it('leaves the files of public/ and the app’s icon alone: the same on every host', () => {
    const publicFiles = readdirSync(path.join(root, 'public'))
    const icons = readdirSync(path.join(root, 'app')).filter((file) => /^icon\./.test(file))
    expect(icons).toEqual(['icon.svg'])
    for (const file of [...publicFiles, ...icons]) expect(`/${file}`).not.toMatch(matcher)
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
