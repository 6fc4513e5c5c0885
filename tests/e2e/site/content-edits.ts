/** Owners' and scripts' edits reaching the served pages without a rebuild, and drafts staying private. */
import { describe, expect, it } from 'vitest'

import { locales } from '../../../i18n/locales'
import { translatorFor } from '../../../i18n/translator'
import { priceFromText } from '../../helpers/prices'
import { demoStaffEmail } from '../../../seed/content/users'
import { formatDate } from '../../../site/format'
import { sitePages } from '../../../site/pages'
import { CLINIC_A, CLINIC_B, clinicId } from '../../helpers/actors'
import { server, payload, urlOf, loginToken, eventually } from './context'

export function contentEdits() {
  describe('content edits on the served pages, without a rebuild', () => {
    const pageHtml = async (url: string) => {
      const response = await fetch(url)
      return { status: response.status, html: await response.text() }
    }

    async function botoxOffering(clinic: string) {
      const { docs } = await payload.find({
        collection: 'offerings',
        depth: 0,
        where: { 'clinic.slug': { equals: clinic }, 'treatment.slug': { equals: 'botulinum-toxin' } },
      })
      return docs[0]
    }

    it('shows an owner’s new Botox price, saved over REST, on the comparison page in every locale at once', async () => {
      const token = await loginToken(demoStaffEmail('owner', CLINIC_A))
      const offering = await botoxOffering(CLINIC_A)
      const response = await fetch(`${server.url}/api/offerings/${offering.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ priceFrom: 321 }),
      })
      expect(response.status).toBe(200)
      for (const locale of locales) {
        const { html } = await pageHtml(urlOf(locale, sitePages.comparison(CLINIC_A)))
        expect(html, locale).toContain(priceFromText(locale, 321, offering.currency!))
        expect(html, locale).not.toContain(priceFromText(locale, offering.priceFrom, offering.currency!))
      }
    })

    it('uses the search title and description an owner writes for their clinic, per locale', async () => {
      const id = await clinicId(payload, CLINIC_B)
      await payload.update({
        collection: 'clinics',
        id,
        locale: 'de',
        data: { meta: { title: 'Faltenbehandlung in Berlin-Mitte', description: 'Beratung in Berlin-Mitte.' } },
      })
      await eventually(async () => {
        const { html } = await pageHtml(urlOf('de', sitePages.clinic(CLINIC_B)))
        expect(html).toContain('<title>Faltenbehandlung in Berlin-Mitte · Lumen Clinics</title>')
        expect(html).toContain('<meta name="description" content="Beratung in Berlin-Mitte."/>')
      })
      const { html } = await pageHtml(urlOf('fr', sitePages.clinic(CLINIC_B)))
      expect(html).not.toContain('Faltenbehandlung in Berlin-Mitte')
    })

    it('shows a price changed through the Local API in another process on every locale’s page', async () => {
      const offering = await botoxOffering(CLINIC_B)
      await payload.update({ collection: 'offerings', id: offering.id, data: { priceFrom: 277 } })
      await eventually(async () => {
        for (const locale of locales) {
          const { html } = await pageHtml(urlOf(locale, sitePages.comparison(CLINIC_B)))
          expect(html, locale).toContain(priceFromText(locale, 277, offering.currency!))
        }
      })
    })

    it('keeps drafts private (a new draft is a 404, a draft edit stays unseen) while its owner previews them', async () => {
      const clinic = await clinicId(payload, CLINIC_B)
      const draft = await payload.create({
        collection: 'articles',
        draft: true,
        data: { _status: 'draft', title: 'Unpublished draft article', excerpt: 'Not for visitors.', clinic },
      })
      const draftUrl = urlOf('en', sitePages.article(draft.slug))
      expect((await pageHtml(draftUrl)).status).toBe(404)

      const { docs } = await payload.find({
        collection: 'articles',
        locale: 'en',
        // One that has an English page (an owner's article may be in German only).
        where: { clinic: { equals: clinic }, _status: { equals: 'published' }, slug: { exists: true } },
        limit: 1,
      })
      const published = docs[0]
      const publishedUrl = urlOf('en', sitePages.article(published.slug))
      await payload.update({
        collection: 'articles',
        id: published.id,
        locale: 'en',
        draft: true,
        data: { title: 'A draft title nobody may see yet' },
      })
      await new Promise((resolve) => setTimeout(resolve, 1000))
      for (const url of [publishedUrl, urlOf('en', sitePages.articles), draftUrl]) {
        const { html } = await pageHtml(url)
        expect(html, url).not.toContain('A draft title nobody may see yet')
        expect(html, url).not.toContain('Unpublished draft article')
      }
      expect((await pageHtml(publishedUrl)).html).toContain(published.title)

      // Its clinic's owner previews the draft (Payload's live preview opens the page through /api/preview).
      const token = await loginToken(demoStaffEmail('owner', CLINIC_B))
      const owner = { Authorization: `JWT ${token}` }
      const previewPath = new URL(publishedUrl).pathname
      const refused = await fetch(`${server.url}/api/preview?path=${encodeURIComponent(previewPath)}`, {
        redirect: 'manual',
      })
      expect(refused.status).toBe(401)
      const offSite = await fetch(`${server.url}/api/preview?path=${encodeURIComponent('//evil.example')}`, {
        redirect: 'manual',
        headers: owner,
      })
      expect(offSite.status).toBe(400)
      const preview = await fetch(`${server.url}/api/preview?path=${encodeURIComponent(previewPath)}`, {
        redirect: 'manual',
        headers: owner,
      })
      expect([preview.status, preview.headers.get('location')]).toEqual([307, previewPath])
      const bypass = preview.headers.get('set-cookie')!.split(';')[0]
      const previewed = await (await fetch(publishedUrl, { headers: { ...owner, Cookie: bypass } })).text()
      expect(previewed).toContain('A draft title nobody may see yet')
      expect((await pageHtml(publishedUrl)).html).not.toContain('A draft title nobody may see yet')

      await payload.update({
        collection: 'articles',
        id: published.id,
        locale: 'en',
        data: { _status: 'published', title: 'A newly published title' },
      })
      await eventually(async () => {
        expect((await pageHtml(publishedUrl)).html).toContain('A newly published title')
        expect((await pageHtml(urlOf('en', sitePages.articles))).html).toContain('A newly published title')
      })

      // The new article, never prerendered, answers once published.
      await payload.update({ collection: 'articles', id: draft.id, locale: 'en', data: { _status: 'published' } })
      await eventually(async () => {
        const { status, html } = await pageHtml(draftUrl)
        expect(status).toBe(200)
        expect(html).toContain('Unpublished draft article')
      })
      // Dated on its first publish; it has no author, so the byline is its date and clinic with one separator.
      const { publishedAt } = await payload.findByID({ collection: 'articles', id: draft.id, depth: 0 })
      const { name: clinicName } = await payload.findByID({ collection: 'clinics', id: clinic, locale: 'en' })
      const byline = /<\/h1><p class="muted">(.*?)<\/p>/s.exec((await pageHtml(draftUrl)).html)?.[1]
      expect(byline?.replace(/<!-- -->|<[^>]+>/g, '')).toBe(
        `${translatorFor('en')('Articles.published', { date: formatDate('en', publishedAt!) })} · ${clinicName}`,
      )
    })
  })
}
