/**
 * The consultation form in Chromium, with and without JavaScript: errors, the thank-you page, the lead and its mail.
 */
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

import { translatorFor } from '../../../i18n/translator'
import { CONSENT_VERSION } from '../../../domain/leadSubmission'
import { sitePages } from '../../../site/pages'
import { CLINIC_A, CLINIC_B } from '../../helpers/actors'
import { accessibilityViolations, hasBrowser } from '../../helpers/browser'
import { mailsTo } from '../../helpers/outbox'
import { browser, server, serverDatabase, payload, urlOf, eventually } from './context'

export function consultationForm() {
  describe.skipIf(!hasBrowser)('the consultation form in Chromium', () => {
    async function leadByEmail(email: string) {
      const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 1 })
      return docs[0]
    }

    it('works without JavaScript: German errors, then the German thank-you page, the lead and the clinic’s mail', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false })
      const form = await context.newPage()
      await form.goto(urlOf('de', sitePages.clinic(CLINIC_B)))
      const t = translatorFor('de')
      await form.fill('#lead-name', 'Jana Richter')
      await form.fill('#lead-email', 'jana@')
      await form.click('.lead-form button[type="submit"]')
      await form.locator('#lead-email-error').waitFor()
      expect(await form.locator('#lead-email-error').innerText()).toBe(t('LeadErrors.invalidEmail'))
      expect(await form.locator('#lead-consent-error').innerText()).toBe(t('LeadErrors.consentRequired'))
      expect(await form.inputValue('#lead-name')).toBe('Jana Richter')
      // The page comes back at the form, whose error summary, in view, links to each field in question.
      expect(new URL(form.url()).hash).toBe('#consultation')
      expect(await form.locator('#lead-errors').isVisible()).toBe(true)
      expect(
        await form.locator('#lead-errors').evaluate((summary) => {
          const box = summary.getBoundingClientRect()
          return box.top >= 0 && box.bottom <= window.innerHeight
        }),
      ).toBe(true)
      const links = form.locator('#lead-errors a')
      expect(
        Object.fromEntries(
          await Promise.all(
            (await links.all()).map(async (link) => [await link.getAttribute('href'), await link.innerText()]),
          ),
        ),
      ).toEqual({ '#lead-email': t('LeadErrors.invalidEmail'), '#lead-consent': t('LeadErrors.consentRequired') })

      const email = `jana.${Date.now()}@example.com`
      await form.fill('#lead-email', email)
      await form.selectOption('#lead-treatment', 'botulinum-toxin')
      await form.check('#lead-consent')
      await form.click('.lead-form button[type="submit"]')
      // The redirect keeps the fragment the form was posted to, as browsers do.
      await form.waitForURL(`${urlOf('de', sitePages.thankYou(CLINIC_B))}#consultation`)
      expect(await form.locator('h1').innerText()).toBe(t('LeadForm.thankYouTitle'))
      await context.close()

      const lead = await leadByEmail(email)
      expect(lead).toMatchObject({ name: 'Jana Richter', locale: 'de', consent: { version: CONSENT_VERSION } })
      expect((lead.clinic as { slug: string }).slug).toBe(CLINIC_B)
      expect((lead.treatment as { slug: string }).slug).toBe('botulinum-toxin')
      const clinic = lead.clinic as { leadNotificationEmail: string }
      await eventually(async () => expect(await mailsTo(clinic.leadNotificationEmail, 'Jana Richter')).toHaveLength(1))
    })

    it('shows errors in place with JavaScript, tied to their fields, in Arabic; records campaign attribution', async () => {
      const context = await browser.newContext()
      const form = await context.newPage()
      await form.goto(`${urlOf('ar', sitePages.comparison(CLINIC_A))}?utm_source=spring&utm_campaign=lips`)
      // A visitor who allows campaign attribution.
      await form.getByRole('button', { name: translatorFor('ar')('Consent.accept') }).click()
      await form.waitForTimeout(3_500) // a person takes a moment; faster counts as a bot
      await form.fill('#lead-name', 'Noor')
      await form.click('.lead-form button[type="submit"]')
      await form.locator('#lead-email-error').waitFor()
      expect(await form.getAttribute('#lead-email', 'aria-invalid')).toBe('true')
      expect(await form.getAttribute('#lead-email', 'aria-describedby')).toBe('lead-email-error')
      expect(await form.locator('#lead-email-error').innerText()).toBe(translatorFor('ar')('LeadErrors.required'))
      // The error summary takes the focus, so a screen reader reads it and the keyboard starts there.
      expect(await form.evaluate(() => document.activeElement?.id)).toBe('lead-errors')
      const targets = await form
        .locator('#lead-errors a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
      expect(targets.sort()).toEqual(['#lead-consent', '#lead-email'])
      expect(await accessibilityViolations(form)).toEqual([])

      const email = `noor.${Date.now()}@example.com`
      await form.fill('#lead-email', email)
      await form.check('#lead-consent')
      await form.click('.lead-form button[type="submit"]')
      await form.waitForURL(urlOf('ar', sitePages.thankYou(CLINIC_A)))
      await context.close()
      const lead = await leadByEmail(email)
      expect(lead.locale).toBe('ar')
      expect(lead.attribution?.firstTouch).toMatchObject({ utm_source: 'spring', utm_campaign: 'lips' })
    })

    it('asks the visitor to try again in a moment while the database is away, keeping what they typed', async () => {
      const admin = new pg.Client({ connectionString: inject('postgresAdminUrl') })
      await admin.connect()
      const database = admin.escapeIdentifier(new URL(serverDatabase).pathname.slice(1))
      // Its own visitor address, so the form's earlier tests' requests do not count against this one.
      const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.200' } })
      const form = await context.newPage()
      const t = translatorFor('fr')
      try {
        await form.goto(urlOf('fr', sitePages.clinic(CLINIC_B)))
        await form.fill('#lead-name', 'Camille Martin')
        await form.fill('#lead-email', 'camille.martin@example.com')
        await form.check('#lead-consent')
        await form.waitForTimeout(3_500) // a person takes a moment; faster counts as a bot
        // PostgreSQL takes no new connection to the server's database and ends the ones it has.
        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`)
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [new URL(serverDatabase).pathname.slice(1)],
        )
        await form.click('.lead-form button[type="submit"]')
        await form.locator('.form-error').waitFor()
        expect(await form.locator('.form-error').innerText()).toBe(t('LeadErrors.unavailable'))
        expect(await form.inputValue('#lead-name')).toBe('Camille Martin')
        expect(await form.inputValue('#lead-email')).toBe('camille.martin@example.com')
        expect(await form.isChecked('#lead-consent')).toBe(true)
        const ready = await fetch(`${server.url}/api/ready`)
        expect(ready.status).toBe(503)
        expect(ready.headers.get('retry-after')).toBeTruthy()
        const intake = await fetch(`${server.url}/api/leads`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.201' },
          body: JSON.stringify({
            clinic: CLINIC_B,
            name: 'Camille',
            email: 'c@example.com',
            consent: true,
            locale: 'fr',
          }),
        })
        expect(intake.status).toBe(503)
        expect(intake.headers.get('retry-after')).toBeTruthy()
      } finally {
        await admin.query(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`)
        await admin.end()
      }
      // Back: the same form, sent again, is taken.
      await form.click('.lead-form button[type="submit"]')
      await form.waitForURL(urlOf('fr', sitePages.thankYou(CLINIC_B)), { timeout: 15_000 })
      await context.close()
      const { docs } = await payload.find({ collection: 'leads', where: { name: { equals: 'Camille Martin' } } })
      expect(docs).toHaveLength(1)
    })
  })
}
