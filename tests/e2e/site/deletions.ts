/** Deleted and unpublished documents leaving every page, list and the sitemap within seconds. */
import { describe, expect, it } from 'vitest'

import { defaultLocale, type Locale, locales } from '../../../i18n/locales'
import { DEMO_ADMIN_EMAIL, demoStaffEmail } from '../../../seed/content/users'
import { type SitePage, sitePages } from '../../../site/pages'
import { CLINIC_A, clinicId } from '../../helpers/actors'
import { server, payload, urlOf, loginToken, eventually, fetchPage } from './context'

export function deletionsAndUnpublishing() {
  describe('deletions and unpublishing', () => {
    const sitemap = async () => (await fetch(`${server.url}/sitemap.xml`)).text()
    /** A removal reaches every page within about a second; 3 s leaves room for a busy CI machine. */
    const withinSeconds = (check: () => Promise<void>) => eventually(check, 3_000)
    const unique = () => Math.random().toString(36).slice(2, 8)
    // Each test creates its documents and waits until every page shows them before removing them.
    const TEST_TIMEOUT = 180_000
    const inEveryLocale = (page: (locale: Locale) => SitePage) => locales.map((locale) => urlOf(locale, page(locale)))

    async function expectLive(pages: string[], listings: string[], text: string, slug: string) {
      await eventually(async () => {
        for (const url of pages) expect((await fetchPage(url)).status, url).toBe(200)
        for (const url of listings) expect((await fetchPage(url)).html, url).toContain(text)
        expect(await sitemap()).toContain(slug)
      })
    }

    async function expectGoneWithinSeconds(pages: string[], listings: string[], text: string, slug: string) {
      await withinSeconds(async () => {
        for (const url of pages) expect((await fetchPage(url)).status, url).toBe(404)
        for (const url of listings) expect((await fetchPage(url)).html, url).not.toContain(text)
        expect(await sitemap()).not.toContain(slug)
      })
    }

    type Removable = 'articles' | 'practitioners' | 'clinics'
    const asStaff = async (email: string) => ({
      'Content-Type': 'application/json',
      Authorization: `JWT ${await loginToken(email)}`,
    })
    const removals: { how: string; remove: (collection: Removable, id: number, staff: string) => Promise<void> }[] = [
      {
        how: 'deleted over REST by its owner',
        remove: async (collection, id, staff) => {
          const response = await fetch(`${server.url}/api/${collection}/${id}`, {
            method: 'DELETE',
            headers: await asStaff(staff),
          })
          expect(response.status).toBe(200)
        },
      },
      {
        how: 'deleted through the Local API in another process',
        remove: async (collection, id) => {
          await payload.delete({ collection, id })
        },
      },
      {
        how: 'unpublished over REST by its owner',
        remove: async (collection, id, staff) => {
          const response = await fetch(`${server.url}/api/${collection}/${id}`, {
            method: 'PATCH',
            headers: await asStaff(staff),
            body: JSON.stringify({ _status: 'draft' }),
          })
          expect(response.status).toBe(200)
        },
      },
      {
        how: 'unpublished through the Local API in another process',
        remove: async (collection, id) => {
          await payload.update({ collection, id, data: { _status: 'draft' } })
        },
      },
    ]
    const ownerOfA = demoStaffEmail('owner', CLINIC_A)

    /** A new published practitioner of clinic A and an article they wrote, with its own slug in every locale. */
    async function practitionerWithArticle() {
      const id = unique()
      const name = `Removal article ${id}`
      const clinic = await clinicId(payload, CLINIC_A)
      const practitioner = await payload.create({
        collection: 'practitioners',
        data: {
          name: `Dr Removal ${id}`,
          slug: `dr-removal-${id}`,
          jobTitle: 'Test physician',
          clinics: [clinic],
          _status: 'published',
        },
      })
      const slugs = Object.fromEntries(locales.map((locale) => [locale, `removal-article-${id}-${locale}`])) as Record<
        Locale,
        string
      >
      const article = await payload.create({
        collection: 'articles',
        locale: defaultLocale,
        data: {
          title: name,
          slug: slugs[defaultLocale],
          excerpt: 'Written by a test.',
          clinic,
          author: practitioner.id,
          tags: ['aftercare'],
          publishedAt: new Date().toISOString(),
          _status: 'published',
        },
      })
      for (const locale of locales.filter((other) => other !== defaultLocale)) {
        await payload.update({
          collection: 'articles',
          id: article.id,
          locale,
          data: {
            title: `${name} (${locale})`,
            slug: slugs[locale],
            excerpt: 'Written by a test.',
            _status: 'published',
          },
        })
      }
      return { name, practitioner, article, slugs }
    }

    it.each(removals)(
      'takes an article $how off its pages and every list in every locale',
      async ({ remove }) => {
        const { name, practitioner, article, slugs } = await practitionerWithArticle()
        const pages = inEveryLocale((locale) => sitePages.article(slugs[locale]))
        const listings = locales.flatMap((locale) =>
          [
            sitePages.articles,
            sitePages.articleSelection(CLINIC_A, 'aftercare'),
            sitePages.clinic(CLINIC_A),
            sitePages.practitioner(practitioner.slug),
          ].map((page) => urlOf(locale, page)),
        )
        await expectLive(pages, listings, name, slugs.en)

        await remove('articles', article.id, ownerOfA)
        await expectGoneWithinSeconds(pages, listings, name, slugs.en)
        for (const locale of locales) expect(await sitemap()).not.toContain(slugs[locale])
      },
      TEST_TIMEOUT,
    )

    it.each(removals)(
      'takes a practitioner $how off their page, their clinic’s and their articles',
      async ({ remove }) => {
        const { name, practitioner, slugs } = await practitionerWithArticle()
        const pages = inEveryLocale(() => sitePages.practitioner(practitioner.slug))
        const listings = [
          ...inEveryLocale(() => sitePages.clinic(CLINIC_A)),
          ...inEveryLocale((locale) => sitePages.article(slugs[locale])),
        ]
        await expectLive(pages, listings, practitioner.name, practitioner.slug)

        await remove('practitioners', practitioner.id, ownerOfA)
        await expectGoneWithinSeconds(pages, listings, practitioner.name, practitioner.slug)
        expect((await fetchPage(listings.at(-1)!)).html).toContain(name)
      },
      TEST_TIMEOUT,
    )

    it('lists an article its owner publishes in German on every German list it belongs to, within seconds', async () => {
      const title = `Neu auf Deutsch ${Date.now()}`
      const listings = [
        sitePages.articles,
        sitePages.articleSelection(CLINIC_A, 'all'),
        sitePages.articleSelection(CLINIC_A, 'aftercare'),
        sitePages.articleSelection('all', 'all'),
        sitePages.articleSelection('all', 'aftercare'),
        sitePages.clinic(CLINIC_A),
      ].map((page) => urlOf('de', page))
      // Each list is served from the cache before the article exists.
      for (const url of listings) expect((await fetchPage(url)).html, url).not.toContain(title)

      const response = await fetch(`${server.url}/api/articles?locale=de`, {
        method: 'POST',
        headers: await asStaff(ownerOfA),
        body: JSON.stringify({
          title,
          slug: `neu-${Date.now()}`,
          excerpt: 'Von der Inhaberin veröffentlicht.',
          clinic: await clinicId(payload, CLINIC_A),
          tags: ['aftercare'],
          _status: 'published',
        }),
      })
      expect(response.status).toBe(201)
      await withinSeconds(async () => {
        for (const url of listings) expect((await fetchPage(url)).html, url).toContain(title)
      })
    })

    it.each(removals.filter(({ how }) => how.startsWith('unpublished')))(
      'takes a clinic $how off its pages, the directory and the article filters',
      async ({ remove }) => {
        const { createAsSystem } = await import('../../helpers/documents')
        const clinic = await payload.findByID({
          collection: 'clinics',
          id: await createAsSystem(payload, 'clinics', 0),
          depth: 0,
        })
        const pages = [
          ...inEveryLocale(() => sitePages.clinic(clinic.slug)),
          ...inEveryLocale(() => sitePages.comparison(clinic.slug)),
          ...inEveryLocale(() => sitePages.articleSelection(clinic.slug, 'all')),
        ]
        const listings = [...inEveryLocale(() => sitePages.home), ...inEveryLocale(() => sitePages.articles)]
        await expectLive(pages, listings, clinic.name, clinic.slug)

        await remove('clinics', clinic.id, DEMO_ADMIN_EMAIL)
        await expectGoneWithinSeconds(pages, listings, clinic.name, clinic.slug)
      },
      TEST_TIMEOUT,
    )
  })
}
