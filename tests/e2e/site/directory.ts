/** The clinic directory past a hundred clinics: every clinic listed a page at a time, by country and city. */
import { afterAll, describe, expect, it } from 'vitest'

import { locales } from '../../../i18n/locales'
import { translatorFor } from '../../../i18n/translator'
import { ALL, pagePath, sitePages } from '../../../site/pages'
import { accessibilityViolations, hasBrowser } from '../../helpers/browser'
import { newDocumentData } from '../../helpers/documents'
import { browser, server, payload, urlOf, eventually, fetchPage } from './context'

export function directoryOfManyClinics() {
  describe('a directory of more than a hundred clinics', () => {
    const cities: Record<string, string> = { utrecht: 'Utrecht', 'den-haag': 'Den Haag' }
    const created: number[] = []

    afterAll(async () => {
      // Gone again for the tests after these; the last deletion refreshes the directory pages.
      const last = created.pop()
      if (created.length > 0) {
        await payload.delete({
          collection: 'clinics',
          where: { id: { in: created } },
          context: { disableRevalidate: true },
        })
      }
      if (last) await payload.delete({ collection: 'clinics', id: last })
    })

    /** The clinic names listed on a directory page, and the address of its next page. */
    async function listed(url: string) {
      const { status, html } = await fetchPage(url)
      expect(status, url).toBe(200)
      const names = [...html.matchAll(/<li class="card"><h3><a [^>]*>([^<]+)<\/a>/g)].map(([, name]) => name)
      const next = html.match(/<a href="([^"]+)" rel="next"/)?.[1]
      return { names, next: next && `${server.url}${next}`, html }
    }

    async function everyListed(firstPage: string) {
      const names: string[] = []
      for (let url: string | undefined = firstPage; url;) {
        const page = await listed(url)
        names.push(...page.names)
        url = page.next
      }
      return names
    }

    it('lists every clinic, a page at a time, by country and by city, with each city in the sitemap', async () => {
      const names: Record<string, string[]> = { utrecht: [], 'den-haag': [] }
      for (let index = 0; index < 101; index += 1) {
        const city = index < 60 ? 'utrecht' : 'den-haag'
        const data = (await newDocumentData(payload, 'clinics', 0)) as { address: Record<string, string> }
        const clinic = await payload.create({
          collection: 'clinics',
          data: { ...data, address: { ...data.address, city: cities[city], countryCode: 'NL' } } as never,
          // The last one refreshes the directory for all of them.
          context: { disableRevalidate: index < 100 },
        })
        created.push(clinic.id)
        names[city].push(clinic.name)
      }
      const allNames = [...names.utrecht, ...names['den-haag']]
      await eventually(async () => {
        expect(await everyListed(urlOf('en', sitePages.directory('nl', ALL)))).toEqual(expect.arrayContaining(allNames))
      })
      const netherlands = await everyListed(urlOf('en', sitePages.directory('nl', ALL)))
      expect(netherlands.sort()).toEqual([...allNames].sort())
      expect((await listed(urlOf('en', sitePages.directory('nl', ALL, 5)))).names).toHaveLength(101 - 4 * 24)
      expect((await fetchPage(urlOf('en', sitePages.directory('nl', ALL, 6)))).status).toBe(404)
      for (const [country, city, page] of [
        ['NL', ALL, '1'],
        ['nl', 'Utrecht', '1'],
        ['nl', ALL, '01'],
        ['xx', ALL, '1'],
      ]) {
        const url = `${server.url}/en/directory/${country}/${city}/${page}`
        expect((await fetchPage(url)).status, url).toBe(404)
      }

      // Every clinic in the whole directory, the three seeded ones too.
      const seeded = await payload.find({
        collection: 'clinics',
        locale: 'en',
        pagination: false,
        where: { id: { not_in: created }, _status: { equals: 'published' } },
      })
      const everywhere = await everyListed(urlOf('en', sitePages.directory(ALL, ALL)))
      expect(everywhere.sort()).toEqual([...allNames, ...seeded.docs.map((clinic) => clinic.name)].sort())

      // A city page, in German: only that city's clinics.
      const utrecht = urlOf('de', sitePages.directory('nl', 'utrecht'))
      expect(utrecht).toContain('/de/verzeichnis/nl/utrecht/1')
      expect((await everyListed(utrecht)).sort()).toEqual([...names.utrecht].sort())
      expect((await listed(utrecht)).html).toContain(
        `<h1>${translatorFor('de')('Directory.titlePlace', { place: 'Utrecht' })}</h1>`,
      )

      // The home page shows the first page and links to the rest.
      const home = (await fetchPage(urlOf('en', sitePages.home))).html
      expect([...home.matchAll(/<li class="card">/g)]).toHaveLength(24)
      expect(home).toContain(pagePath('en', sitePages.directory(ALL, ALL)))

      const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
      for (const locale of locales) {
        for (const city of Object.keys(cities))
          expect(sitemap).toContain(`<loc>${urlOf(locale, sitePages.directory('nl', city))}</loc>`)
      }
    })

    it.skipIf(!hasBrowser)('lets a visitor narrow it down by country and city in a browser, in Arabic', async () => {
      const page = await browser.newPage()
      try {
        const t = translatorFor('ar')
        await page.goto(urlOf('ar', sitePages.directory(ALL, ALL)))
        const country = new Intl.DisplayNames('ar', { type: 'region' }).of('NL')!
        await page.getByRole('link', { name: new RegExp(`^${country}`) }).click()
        await page.waitForURL(urlOf('ar', sitePages.directory('nl', ALL)))
        await page.getByRole('link', { name: /^Den Haag/ }).click()
        await page.waitForURL(urlOf('ar', sitePages.directory('nl', 'den-haag')))
        expect(await page.locator('h1').innerText()).toBe(t('Directory.titlePlace', { place: 'Den Haag' }))
        expect(await page.locator('.card h3').count()).toBe(24)
        expect(await accessibilityViolations(page)).toEqual([])
      } finally {
        await page.context().close()
      }
    })
  })
}
