/**
 * The admin as the demo staff use it: erasure, an owner's edits in German, Arabic right to left, onboarding, missing
 * translations, scoped lists, the marketer's dashboard, a lead's site in the marketer's language.
 */
import { describe, expect, it } from 'vitest'

import { type Locale, locales } from '../../../i18n/locales'
import { CONSENT_VERSION } from '../../../domain/leadSubmission'
import { OTHER_SITE } from '../../../domain/leadSource'
import { adminText } from '../../../i18n/adminTexts'

import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoStaffEmail } from '../../../seed/content/users'
import { pagePath, sitePages } from '../../../site/pages'
import { leadStats } from '../../../leads/admin/stats'
import { CLINIC_A, CLINIC_B, clinicId, userByEmail } from '../../helpers/actors'
import { hasBrowser, signInToAdmin } from '../../helpers/browser'
import { newDocumentData, pngFile } from '../../helpers/documents'
import { mailsTo } from '../../helpers/outbox'
import { readPage } from '../../helpers/pages'
import { browser, page, server, payload, urlOf, eventually, fetchPage } from './context'

export function adminForStaff() {
  describe.skipIf(!hasBrowser)('the admin in Chromium', () => {
    /** A signed-in admin page; `locale` is the browser's language, which the admin speaks unless told otherwise. */
    async function adminSession(email: string, locale = 'en-GB') {
      const session = await (await browser.newContext({ locale })).newPage()
      await signInToAdmin(session, server.url, email, DEMO_PASSWORD)
      return session
    }

    it('lets the demo admin log in to /admin and erase one person’s leads with a count', async () => {
      const session = await adminSession(DEMO_ADMIN_EMAIL)
      await session.getByRole('link', { name: 'Clinics' }).first().waitFor({ timeout: 30_000 })

      const email = `erase.me.${Date.now()}@example.com`
      const lead = await payload.create({
        collection: 'leads',
        context: { disableNotifications: true },
        data: {
          clinic: await clinicId(payload, CLINIC_B),
          name: 'Erase Me',
          email,
          locale: 'de',
          status: 'new',
          consent: { version: CONSENT_VERSION, givenAt: new Date().toISOString() },
        },
      })
      await session.goto(`${server.url}/admin/collections/leads`)
      await session.getByText('Erase a person’s leads').click({ timeout: 30_000 })
      await session.getByLabel('Email address').fill(email)
      session.once('dialog', (dialog) => void dialog.accept())
      await session.getByRole('button', { name: 'Erase' }).click()
      await session.getByText('1 lead anonymized.').waitFor({ timeout: 15_000 })
      const erased = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })
      expect([erased.name, erased.email]).toEqual(['Anonymized', null])
      await session.context().close()
    })

    it('lets a German-speaking owner edit their clinic, change a price, upload an image and publish an article in German', async () => {
      const german = (await import('../../../messages/admin/de.json')).default
      const session = await adminSession(demoStaffEmail('owner', CLINIC_B), 'de-DE')
      expect(await session.evaluate(() => document.documentElement.lang)).toBe('de')
      await session.getByRole('link', { name: german.collections.clinics.plural }).first().waitFor({ timeout: 30_000 })

      // The clinic, in German content: the summary under its German label, published.
      const clinic = await clinicId(payload, CLINIC_B)
      const summaryBefore = (await payload.findByID({ collection: 'clinics', id: clinic, locale: 'de' })).summary
      await session.goto(`${server.url}/admin/collections/clinics/${clinic}?locale=de`)
      await session.getByText(german.fields.clinics.address.street).first().waitFor({ timeout: 30_000 })
      const summary = `Ruhige Praxis am Hackeschen Markt, Stand ${Date.now()}`
      await session.getByLabel(german.fields.common.summary).fill(summary)
      await session.locator('#action-save').click()
      await expect
        .poll(async () => (await payload.findByID({ collection: 'clinics', id: clinic, locale: 'de' })).summary, {
          timeout: 15_000,
        })
        .toBe(summary)

      // A price of one of the clinic's offerings.
      const offering = (
        await payload.find({ collection: 'offerings', where: { clinic: { equals: clinic } }, limit: 1, depth: 0 })
      ).docs[0]
      await session.goto(`${server.url}/admin/collections/offerings/${offering.id}`)
      const newPrice = offering.priceFrom + 15
      await session.getByLabel(german.fields.offerings.priceFrom._label).fill(String(newPrice))
      await session.locator('#action-save').click()
      await expect
        .poll(async () => (await payload.findByID({ collection: 'offerings', id: offering.id })).priceFrom, {
          timeout: 15_000,
        })
        .toBe(newPrice)

      // An image with German alternative text.
      const image = await pngFile()
      const alt = `Behandlungsraum mit Tageslicht ${Date.now()}`
      await session.goto(`${server.url}/admin/collections/media/create?locale=de`)
      await session
        .locator('input[type="file"]')
        .setInputFiles({ name: image.name, mimeType: image.mimetype, buffer: image.data })
      expect(await session.locator('label[for="field-alt"]').innerText()).toContain(german.fields.media.alt._label)
      await session.locator('#field-alt').fill(alt)
      await session.locator('#action-save').click()
      await expect
        .poll(
          async () =>
            (await payload.find({ collection: 'media', locale: 'de', where: { alt: { equals: alt } }, depth: 0 }))
              .totalDocs,
          { timeout: 15_000 },
        )
        .toBe(1)

      // A German article, published for the clinic (the owner's only clinic is chosen for them).
      const title = `Filler oder Botulinumtoxin: was passt zu Ihnen? ${Date.now()}`
      await session.goto(`${server.url}/admin/collections/articles/create?locale=de`)
      expect(await session.locator('label[for="field-title"]').innerText()).toContain(german.fields.articles.title)
      await session.locator('#field-title').fill(title)
      await session.locator('#field-excerpt').fill('Worin sich die beiden Behandlungen unterscheiden.')
      await session.locator('#action-save').click()
      await expect
        .poll(
          async () =>
            (
              await payload.find({
                collection: 'articles',
                locale: 'de',
                where: { title: { equals: title }, _status: { equals: 'published' } },
                depth: 0,
              })
            ).docs[0]?.clinic,
          { timeout: 15_000 },
        )
        .toBe(clinic)
      await session.context().close()

      // Leaves the demo clinic as the other tests expect it.
      await payload.update({ collection: 'clinics', id: clinic, locale: 'de', data: { summary: summaryBefore } })
      await payload.update({ collection: 'offerings', id: offering.id, data: { priceFrom: offering.priceFrom } })
      await payload.delete({ collection: 'articles', where: { title: { equals: title } }, locale: 'de' })
      await payload.delete({ collection: 'media', where: { alt: { equals: alt } }, locale: 'de' })
    })

    it('shows the admin right to left, in Arabic, to an Arabic-speaking user', async () => {
      const arabic = (await import('../../../messages/admin/ar.json')).default
      const session = await adminSession(demoStaffEmail('owner', 'dubai-jumeirah'), 'ar-AE')
      await session.getByRole('link', { name: arabic.collections.clinics.plural }).first().waitFor({ timeout: 30_000 })
      expect(await session.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        'ar',
        'rtl',
      ])
      await session.context().close()
    })

    it('lets an admin onboard a clinic from lists, with its address shown and its treatments, and invite its owner in German', async () => {
      const session = await adminSession(DEMO_ADMIN_EMAIL)
      const stamp = Date.now().toString(36)
      const slug = `clinique-lumiere-${stamp}`
      /** Opens a select, searches it as a person types, and picks the option. */
      const choose = async (field: string, search: string, option: string) => {
        await session.locator(`#field-${field} .rs__control`).click()
        await session.keyboard.type(search)
        await session.locator('.rs__menu .rs__option', { hasText: option }).first().click()
      }

      await session.goto(`${server.url}/admin/collections/clinics/create`)
      await session.locator('#field-name').fill(`Clinique Lumière ${stamp}`, { timeout: 30_000 })
      // The slug follows the name as it is typed, with the page address it makes.
      await expect.poll(() => session.locator('#field-slug').inputValue()).toBe(slug)
      expect(await session.getByTestId('slug-address').innerText()).toContain(`${server.url}/en/clinics/${slug}`)
      await session.locator('#field-summary').fill('Une clinique de test à Paris.')
      await session.locator('#field-address__street').fill('12 rue de Rivoli')
      await session.locator('#field-address__city').fill('Paris')
      // Country, time zone and currency are found by their names, not typed as codes.
      await choose('address__countryCode', 'Fran', 'France')
      await choose('timeZone', 'Paris', 'Europe/Paris')
      await choose('currency', 'Euro', 'Euro')
      await session.locator('#field-geo__latitude').fill('48.86')
      await session.locator('#field-geo__longitude').fill('2.34')
      await session.locator('#field-phone').fill('+33 1 23 45 67 89')
      await session.locator('#field-email').fill('bonjour@example.com')
      await session.locator('#field-leadNotificationEmail').fill('demandes@example.com')
      await session.locator('#action-save').click()
      const clinic = await eventually(async () => {
        const { docs } = await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, depth: 0 })
        if (!docs[0]) throw new Error('not saved yet')
        return docs[0]
      })
      expect([clinic.address.countryCode, clinic.timeZone, clinic.currency]).toEqual(['FR', 'Europe/Paris', 'EUR'])

      // A treatment and its price, added from the clinic itself, listed there as "<treatment> at <clinic>".
      await session.waitForURL((url) => url.pathname.endsWith(`/clinics/${clinic.id}`), { timeout: 30_000 })
      const joined = session.locator('#field-offerings')
      await joined
        .getByRole('button', { name: /add new|create new/i })
        .first()
        .click()
      const drawer = session.locator('.drawer--is-open').last()
      const treatment = (
        await payload.find({ collection: 'treatments', where: { slug: { equals: 'botulinum-toxin' } } })
      ).docs[0]
      await drawer.locator('#field-treatment .rs__control').click()
      await session.keyboard.type(treatment.name.slice(0, 6))
      await session.locator('.rs__menu .rs__option', { hasText: treatment.name }).first().click()
      await drawer.locator('#field-priceFrom').fill('290')
      await drawer.locator('#action-save').click()
      await joined.getByText(`${treatment.name} at Clinique Lumière ${stamp}`).waitFor({ timeout: 15_000 })

      // The new owner: no password typed for them, only who they are, their language and their clinic.
      await session.goto(`${server.url}/admin/collections/users/create`)
      await session.locator('#field-email').fill(`lea.${stamp}@example.com`, { timeout: 30_000 })
      await session.getByTestId('invitation-notice').waitFor()
      expect(await session.locator('#field-password').isVisible()).toBe(false)
      await session.locator('#field-name').fill('Lea Dubois')
      await choose('language', 'Germ', 'German')
      await session.getByRole('button', { name: 'Add Membership' }).click()
      await choose('memberships__0__clinic', 'Clinique', `Clinique Lumière ${stamp}`)
      await choose('memberships__0__role', 'Own', 'Owner')
      await session.locator('#action-save').click()

      // The invitation, in German, leads to Payload's screen for choosing a password; then she is signed in.
      const invitation = await eventually(async () => {
        const [mail] = await mailsTo(`lea.${stamp}@example.com`)
        if (!mail) throw new Error('no invitation yet')
        return mail
      }, 30_000)
      expect(invitation).toContain('Subject: Ihr Zugang zu')
      expect(invitation).toContain(`Clinique Lumière ${stamp}`)
      const link = /http\S+\/admin\/reset\/\w+/.exec(invitation)![0]
      const owner = await (await browser.newContext({ locale: 'de-DE' })).newPage()
      // Typed only once the page runs (it asks who is signed in then): typed before, the form keeps empty values.
      const running = owner.waitForResponse((response) => response.url().endsWith('/api/users/me'))
      await owner.goto(link)
      await running
      await owner.locator('#field-password').fill('lea-chose-this-password', { timeout: 30_000 })
      await owner.locator('#field-confirm-password').fill('lea-chose-this-password')
      // Payload's form takes typed values in asynchronously; submitted the same instant, it still holds them as
      // empty and refuses ("please correct invalid fields"). No person submits that fast.
      await owner.waitForTimeout(2000)
      await owner.locator('button[type="submit"]').click()
      await owner.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
      const german = (await import('../../../messages/admin/de.json')).default
      await owner.goto(`${server.url}/admin/collections/clinics`)
      await owner
        .getByRole('link', { name: `Clinique Lumière ${stamp}` })
        .first()
        .waitFor({ timeout: 30_000 })
      expect(await owner.locator('table tbody tr').count()).toBe(1)
      expect(await owner.getByRole('heading', { name: german.collections.clinics.plural }).count()).toBeGreaterThan(0)
      await owner.context().close()
      await session.context().close()

      // Leaves the demo platform as the other tests expect it.
      await payload.delete({ collection: 'users', where: { email: { equals: `lea.${stamp}@example.com` } } })
      await payload.delete({ collection: 'offerings', where: { clinic: { equals: clinic.id } } })
      await payload.delete({ collection: 'clinics', id: clinic.id })
    })

    it('shows staff what each language of a clinic lacks, and keeps those languages off the site when it chooses to', async () => {
      const german = (await import('../../../messages/admin/de.json')).default
      // A clinic written in English only, holding back untranslated languages.
      const data = await newDocumentData(payload, 'clinics', 0)
      const clinic = await payload.create({
        collection: 'clinics',
        data: { ...data, untranslatedLanguages: 'hold' } as never,
      })
      const english = urlOf('en', sitePages.clinic(clinic.slug))
      const french = urlOf('fr', sitePages.clinic(clinic.slug))
      await eventually(async () => expect((await fetchPage(english)).status).toBe(200))
      expect((await fetchPage(french)).status).toBe(404)
      expect((await fetchPage(urlOf('fr', sitePages.comparison(clinic.slug)))).status).toBe(404)
      // Nothing points to the pages held back: not the English page's alternates, nor the sitemap.
      const reading = await readPage(page, english)
      expect(reading.alternates).toEqual({ en: english, 'x-default': english })
      const sitemap = (await fetchPage(`${server.url}/sitemap.xml`)).html
      expect(sitemap).toContain(english)
      expect(sitemap).not.toContain(french)
      // Nor does the directory page of its city (Testville, where no other clinic is), in French.
      const cityPage = urlOf('en', sitePages.directory('gb', 'testville'))
      expect((await readPage(page, cityPage)).alternates).toEqual({ en: cityPage, 'x-default': cityPage })
      expect(sitemap).toContain(cityPage)
      expect(sitemap).not.toContain(urlOf('fr', sitePages.directory('gb', 'testville')))
      // Nor does the page of a treatment it offers, in French; in English it does.
      const botox = (await payload.find({ collection: 'treatments', where: { slug: { equals: 'botulinum-toxin' } } }))
        .docs[0]
      await payload.create({
        collection: 'offerings',
        data: { clinic: clinic.id, treatment: botox.id, priceFrom: 250 },
      })
      const clinicPath = (locale: Locale) => pagePath(locale, sitePages.clinic(clinic.slug))
      await eventually(async () =>
        expect((await fetchPage(urlOf('en', sitePages.treatment(botox.slug)))).html).toContain(clinicPath('en')),
      )
      expect((await fetchPage(urlOf('fr', sitePages.treatment(botox.slug)))).html).not.toContain(clinicPath('fr'))

      // Staff see it in German: a column in the list, and what each language lacks beside the form.
      const session = await adminSession(DEMO_ADMIN_EMAIL, 'de-DE')
      await session.goto(`${server.url}/admin/collections/clinics`)
      const row = session.locator('table tbody tr', { hasText: data.name as string })
      await row.waitFor({ timeout: 30_000 })
      expect(await row.innerText()).toContain('FR 5')
      expect(await session.locator('table thead').innerText()).toContain(german.fields.common.translationStatus)
      await session.goto(`${server.url}/admin/collections/clinics/${clinic.id}`)
      const panel = session.getByTestId('translation-status')
      await panel.waitFor({ timeout: 30_000 })
      const frenchLine = await panel.locator('li', { hasText: 'Français' }).innerText()
      for (const label of [
        german.fields.common.name,
        german.fields.common.summary,
        german.fields.clinics.address.city,
      ]) {
        expect(frenchLine).toContain(label)
      }
      await session.context().close()

      // An owner sees the same for their own clinic, in English.
      const owner = await adminSession(demoStaffEmail('owner', CLINIC_A))
      await owner.goto(`${server.url}/admin/collections/clinics`)
      await owner.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
      expect(await owner.locator('table thead').innerText()).toContain('Translations')
      expect(await owner.locator('table tbody tr').first().innerText()).toMatch(/DE (✓|\d+)[\s\S]*FR (✓|\d+)/)
      await owner.goto(`${server.url}/admin/collections/clinics/${await clinicId(payload, CLINIC_A)}`)
      const ownPanel = owner.getByTestId('translation-status')
      await ownPanel.waitFor({ timeout: 30_000 })
      expect(await ownPanel.getByRole('heading').innerText()).toBe('Translations')
      expect(await ownPanel.locator('li').allInnerTexts()).toEqual([
        expect.stringMatching(/^Deutsch: /),
        expect.stringMatching(/^Français: /),
        expect.stringMatching(/^Español: /),
        expect.stringMatching(/^العربية: /),
      ])
      await owner.context().close()

      // Choosing to show them brings the French pages back, in English words, with every alternate.
      await payload.update({ collection: 'clinics', id: clinic.id, data: { untranslatedLanguages: 'fallback' } })
      await eventually(async () => expect((await fetchPage(french)).status).toBe(200))
      expect(Object.keys((await readPage(page, english)).alternates)).toEqual(expect.arrayContaining([...locales]))
      await eventually(async () =>
        expect(Object.keys((await readPage(page, cityPage)).alternates)).toEqual(expect.arrayContaining([...locales])),
      )
      await payload.delete({ collection: 'offerings', where: { clinic: { equals: clinic.id } } })
      await payload.delete({ collection: 'clinics', id: clinic.id })
    })

    it('shows an owner only their own clinic in the admin lists', async () => {
      const session = await adminSession(demoStaffEmail('owner', CLINIC_A))
      await session.goto(`${server.url}/admin/collections/clinics`)
      await session.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
      expect(await session.locator('table tbody tr').allTextContents()).toEqual([
        expect.stringContaining('Lumen Clinic Marylebone'),
      ])
      // A practitioner who also works for another clinic is listed with this owner's clinic only.
      const shared = await payload.create({
        collection: 'practitioners',
        data: {
          name: 'Dr Sam Shared',
          slug: 'dr-sam-shared',
          jobTitle: 'Aesthetic physician',
          clinics: [await clinicId(payload, CLINIC_A), await clinicId(payload, CLINIC_B)],
          _status: 'published',
        },
      })
      await session.goto(`${server.url}/admin/collections/practitioners`)
      await session.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
      const practitioners = (await session.locator('table tbody tr').allTextContents()).join(' ')
      expect(practitioners).toContain('Priya Nair')
      expect(practitioners).not.toContain('Jonas Weber')
      const sharedRow = session.locator('table tbody tr', { hasText: 'Dr Sam Shared' })
      await expect.poll(() => sharedRow.innerText(), { timeout: 15_000 }).toContain('Marylebone')
      expect(await sharedRow.innerText()).not.toMatch(/Berlin|Untitled/)
      await payload.delete({ collection: 'practitioners', id: shared.id })
      await session.context().close()
    })

    it('shows a German marketer a lead sent on another address as “Andere Adresse” rather than a code, and a host as it is', async () => {
      const clinic = await clinicId(payload, CLINIC_A)
      const leadOn = (host: string) =>
        payload.create({
          collection: 'leads',
          data: {
            clinic,
            host,
            name: 'Mara Schulz',
            email: `site.${host}@example.com`,
            locale: 'de',
            status: 'new',
            consent: { version: CONSENT_VERSION, givenAt: new Date().toISOString() },
            createdAt: new Date().toISOString(),
          },
        })
      const session = await adminSession(demoStaffEmail('marketer', CLINIC_A), 'de-DE')
      for (const [host, shown] of [
        [OTHER_SITE, 'Andere Adresse'],
        ['berlin-mitte.example', 'berlin-mitte.example'],
      ]) {
        await session.goto(`${server.url}/admin/collections/leads/${(await leadOn(host)).id}`)
        const site = session.getByTestId('lead-site')
        await site.waitFor({ timeout: 30_000 })
        expect((await site.innerText()).split('\n').filter(Boolean)).toEqual([
          'Website',
          shown,
          adminText('fields.leads.host._description').de,
        ])
      }
      await session.context().close()
    })

    it('shows a marketer their clinic’s lead figures on the dashboard and the inbox with sources and assignees', async () => {
      const session = await adminSession(demoStaffEmail('marketer', CLINIC_A))
      const panel = session.getByTestId('lead-panel')
      await panel.waitFor({ timeout: 30_000 })
      const weekly = await leadStats(payload, await userByEmail(payload, demoStaffEmail('marketer', CLINIC_A)))
      expect(await panel.textContent()).toContain(`${weekly!.thisWeek.total} this week`)
      expect(await panel.getByRole('img').getAttribute('aria-label')).toContain(
        `${weekly!.perDay.reduce((sum, day) => sum + day.count, 0)} in all`,
      )
      expect(await panel.textContent()).not.toContain('Berlin')
      // The chart has a scale (0 and the busiest day) and dates under it.
      const scale = await panel.locator('svg text').allTextContents()
      expect(scale).toEqual(
        expect.arrayContaining(['0', String(Math.max(1, ...weekly!.perDay.map((day) => day.count)))]),
      )
      expect(scale.length).toBe(5)

      await session.goto(`${server.url}/admin/collections/leads`)
      await session.locator('table tbody tr').first().waitFor({ timeout: 30_000 })
      const headings = await session.locator('table thead th').allTextContents()
      expect(headings).toEqual(expect.arrayContaining(['Source', 'Assigned to', 'Status']))
      expect(await session.getByRole('link', { name: 'Export these leads as CSV' }).count()).toBe(1)
      // The list filters by source and by the date a lead was received.
      await session.getByRole('button', { name: 'Filters' }).click()
      await session.getByRole('button', { name: 'Add Filter' }).click()
      await session.locator('.where-builder .condition__field .rs__control').click()
      const fields = await session.locator('.rs__menu .rs__option').allTextContents()
      // The handful a marketer filters by, the pipeline's first; no attribution, consent or key fields.
      expect(fields.slice(0, 5)).toEqual(['Clinic', 'Source', 'Status', 'Assigned to', 'Received'])
      expect(fields).toEqual(expect.arrayContaining(['Site', 'Treatment', 'Name', 'Email']))
      expect(fields.length, fields.join(', ')).toBeLessThanOrEqual(12)
      expect(fields.join(' ')).not.toMatch(/utm_|Consent|Submission key|Landing page/)
      // Erasure is for platform admins only.
      expect(await session.getByText('Erase a person’s leads').count()).toBe(0)

      // A lead is assigned to the clinic's owners and marketers, by name (no editor, no emails).
      const lead = (
        await payload.find({ collection: 'leads', where: { clinic: { equals: await clinicId(payload, CLINIC_A) } } })
      ).docs[0]
      await session.goto(`${server.url}/admin/collections/leads/${lead.id}`)
      await session.locator('#field-assignee .rs__control').click({ timeout: 30_000 })
      await session.locator('.rs__menu .rs__option').first().waitFor()
      const people = await session.locator('.rs__menu .rs__option').allTextContents()
      const nameOf = async (role: 'owner' | 'marketer') =>
        (await userByEmail(payload, demoStaffEmail(role, CLINIC_A))).name
      expect(people.sort()).toEqual([await nameOf('marketer'), await nameOf('owner')].sort())
      await session.context().close()
    })
  })
}
