/** The proxy's matcher spells out the locales (Next reads it literally): it must stay in step with them. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { locales } from '../i18n/locales'

const source = readFileSync(path.join(import.meta.dirname, '..', 'proxy.ts'), 'utf8')
const matcher = new RegExp(`^${source.match(/matcher: \['(.+)'\]/)![1].replaceAll('\\\\', '\\')}$`)

describe('the proxy matcher', () => {
  it('takes addresses without a locale, to redirect them by Accept-Language', () => {
    for (const address of ['/', '/clinics/london-marylebone', '/english', '/dear']) expect(address).toMatch(matcher)
  })

  it('leaves every locale’s pages, the admin, the API and files alone', () => {
    for (const locale of locales) {
      expect(`/${locale}`).not.toMatch(matcher)
      expect(`/${locale}/articles`).not.toMatch(matcher)
    }
    for (const address of ['/admin', '/api/clinics', '/_next/static/x.js', '/sitemap.xml']) {
      expect(address).not.toMatch(matcher)
    }
  })
})
