/** Addresses with a dot (file probes, bogus extensions) answered with a 404 or 4xx, never a 5xx. */
import { describe, expect, it } from 'vitest'

import { defaultLocale } from '../../../i18n/locales'
import { translatorFor } from '../../../i18n/translator'
import { CLINIC_B } from '../../helpers/actors'
import { hasBrowser } from '../../helpers/browser'
import { readPage } from '../../helpers/pages'
import { browser, server } from './context'

export function pathsWithADot() {
  describe('paths with a dot', () => {
    /** GET and HEAD of an address that is no page: a 404 (never a 5xx) that sets no cookie. */
    async function notFound(address: string) {
      const head = await fetch(`${server.url}${address}`, { method: 'HEAD' })
      const get = await fetch(`${server.url}${address}`)
      expect([head.status, get.status], address).toEqual([404, 404])
      expect(get.headers.get('set-cookie'), address).toBeNull()
      return get.text()
    }

    const probes = [
      ['/foo.bar', defaultLocale],
      ['/.env', defaultLocale],
      ['/wp-login.php', defaultLocale],
      ['/api.php', defaultLocale],
      ['/en/foo.bar', 'en'],
      ['/de/kliniken/x.y', 'de'],
      ['/ar/.env', 'ar'],
    ] as const

    it('answers file probes with the 404 of their locale, or of the default locale', async () => {
      for (const [address, locale] of probes) {
        expect(await notFound(address), address).toContain(translatorFor(locale)('NotFound.title'))
      }
    })

    it.skipIf(!hasBrowser)('shows them the localized 404 page in a browser', async () => {
      const page = await browser.newPage()
      try {
        for (const [address, locale] of probes) {
          const reading = await readPage(page, `${server.url}${address}`, 'h1')
          expect([reading.status, reading.lang, reading.h1], address).toEqual([
            404,
            locale,
            translatorFor(locale)('NotFound.title'),
          ])
        }
      } finally {
        await page.context().close()
      }
    })

    it('answers other bogus addresses with a 4xx, never a 5xx', async () => {
      const bogus = ['/%00', '/en/%00', '/de/kliniken/%00', '/en/%E0%A4%A', '/%E0%A4%A', '/fr/cliniques/x%E0']
      for (const address of [...bogus, `/${'a'.repeat(4000)}`, `/en/${'a'.repeat(4000)}`]) {
        for (const method of ['GET', 'HEAD']) {
          const { status } = await fetch(`${server.url}${address}`, { method })
          expect(status, `${method} ${address.slice(0, 40)}`).toBeGreaterThanOrEqual(400)
          expect(status, `${method} ${address.slice(0, 40)}`).toBeLessThan(500)
        }
      }
    })

    it('still serves the files at the root and the cached pages', async () => {
      for (const file of ['/robots.txt', '/sitemap.xml', '/icon.svg', '/share.png']) {
        expect((await fetch(`${server.url}${file}`)).status, file).toBe(200)
      }
      const page = await fetch(`${server.url}/de/kliniken/${CLINIC_B}`)
      expect([page.status, page.headers.get('set-cookie')]).toEqual([200, null])
      expect(page.headers.get('cache-control')).toMatch(/s-maxage=\d+/)
    })
  })
}
