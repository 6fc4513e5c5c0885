/** The attribution consent: what the browser stores with and without it, and changing one's mind from the footer. */
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Locale } from '../../../i18n/locales'
import { translatorFor } from '../../../i18n/translator'
import { sitePages } from '../../../site/pages'
import { CLINIC_A, CLINIC_B } from '../../helpers/actors'
import { accessibilityViolations, hasBrowser } from '../../helpers/browser'
import { browser, urlOf, sendConsultationRequest } from './context'

export function consentChoices() {
  describe.skipIf(!hasBrowser)('consent', () => {
    let attributionCookie: string

    beforeAll(async () => {
      attributionCookie = (await import('../../../components/attribution')).ATTRIBUTION_COOKIE
    })

    /** A first-time visitor, and what their browser holds for this site: the attribution cookie and web storage. */
    async function visitor() {
      const context = await browser.newContext()
      const page = await context.newPage()
      const stored = async () => {
        const cookie = (await context.cookies()).find((candidate) => candidate.name === attributionCookie)
        return {
          attribution: cookie ? JSON.parse(decodeURIComponent(cookie.value)) : undefined,
          storage: await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage })),
        }
      }
      return { context, page, stored }
    }

    const noticeIn = (page: Page, locale: Locale) =>
      page.getByRole('region', { name: translatorFor(locale)('Consent.title') })

    const settingsIn = (page: Page, locale: Locale) =>
      page.locator('footer').getByRole('button', { name: translatorFor(locale)('Consent.settings') })

    /** Answers the notice: 'accept' or 'refuse'. */
    const answer = (page: Page, locale: Locale, choice: 'accept' | 'refuse') =>
      noticeIn(page, locale)
        .getByRole('button', { name: translatorFor(locale)(`Consent.${choice}`) })
        .click()

    const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent)

    const campaign = '?utm_source=newsletter&utm_medium=email&utm_campaign=winter'

    it.each(['en', 'ar'] as const)(
      'stores nothing on a first visit with campaign parameters, and asks in %s with two equal choices a keyboard reaches first',
      async (locale) => {
        const t = translatorFor(locale)
        const { context, page, stored } = await visitor()
        await page.goto(`${urlOf(locale, sitePages.comparison(CLINIC_A))}${campaign}`)
        const notice = noticeIn(page, locale)
        await notice.waitFor()
        expect(await stored()).toEqual({ attribution: undefined, storage: '{}' })
        expect(await accessibilityViolations(page)).toEqual([])

        const allow = notice.getByRole('button', { name: t('Consent.accept') })
        const refuse = notice.getByRole('button', { name: t('Consent.refuse') })
        const [allowBox, refuseBox] = [await allow.boundingBox(), await refuse.boundingBox()]
        expect([Math.round(refuseBox!.width), Math.round(refuseBox!.height)]).toEqual([
          Math.round(allowBox!.width),
          Math.round(allowBox!.height),
        ])
        expect(await refuse.getAttribute('class')).toBe(await allow.getAttribute('class'))

        // After the skip link, the keyboard reaches both choices before the page.
        await page.keyboard.press('Tab')
        await page.keyboard.press('Tab')
        expect(await focusedText(page)).toBe(t('Consent.accept'))
        await page.keyboard.press('Tab')
        expect(await focusedText(page)).toBe(t('Consent.refuse'))
        await page.keyboard.press('Enter')
        await notice.waitFor({ state: 'detached' })
        expect((await stored()).attribution).toBeUndefined()
        expect((await stored()).storage).not.toContain('newsletter')

        // The choice is remembered.
        await page.goto(`${urlOf(locale, sitePages.home)}${campaign}`)
        await settingsIn(page, locale).waitFor()
        expect(await notice.count()).toBe(0)
        expect((await stored()).attribution).toBeUndefined()
        await context.close()
      },
    )

    it('without consent, sends the campaign and referrer of the page the form is on with the request, and stores nothing', async () => {
      const { context, page, stored } = await visitor()
      const clinicPage = urlOf('de', sitePages.clinic(CLINIC_B))
      await page.goto(`${clinicPage}?utm_source=partner&utm_campaign=spring&gclid=g-123`, {
        referer: 'http://search.example/results',
      })
      await answer(page, 'de', 'refuse')
      const lead = await sendConsultationRequest(page, 'de', CLINIC_B)
      // The first touch is unknown without a record of earlier visits; this page is the last touch.
      expect(lead.attribution?.lastTouch).toMatchObject({
        utm_source: 'partner',
        utm_campaign: 'spring',
        gclid: 'g-123',
        referrer: 'http://search.example/results',
        landingPage: new URL(clinicPage).pathname,
      })
      expect(lead.attribution?.firstTouch?.utm_source ?? undefined).toBeUndefined()
      expect(lead.source).toBe('partner')
      expect((await stored()).attribution).toBeUndefined()
      expect((await stored()).storage).not.toContain('partner')
      await context.close()
    })

    it('with consent, keeps the first touch and takes later campaign visits as the last touch, as before', async () => {
      const { context, page, stored } = await visitor()
      await page.goto(`${urlOf('en', sitePages.home)}${campaign}`)
      await answer(page, 'en', 'accept')
      const firstTouch = { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'winter', landingPage: '/en' }
      expect((await stored()).attribution).toEqual({ firstTouch, lastTouch: firstTouch })

      await page.goto(urlOf('en', sitePages.clinic(CLINIC_A)))
      await settingsIn(page, 'en').waitFor()
      expect(await noticeIn(page, 'en').count()).toBe(0)
      expect((await stored()).attribution).toEqual({ firstTouch, lastTouch: firstTouch })

      const comparison = urlOf('en', sitePages.comparison(CLINIC_A))
      await page.goto(`${comparison}?gclid=click-7`)
      const lastTouch = { gclid: 'click-7', landingPage: new URL(comparison).pathname }
      await expect.poll(async () => (await stored()).attribution).toEqual({ firstTouch, lastTouch })
      const lead = await sendConsultationRequest(page, 'en', CLINIC_A)
      expect(lead.attribution?.firstTouch).toMatchObject(firstTouch)
      expect(lead.attribution?.lastTouch).toMatchObject(lastTouch)
      expect(lead.source).toBe('google-ads')
      await context.close()
    })

    it('lets the visitor change their choice from the footer: refusing deletes the cookie, allowing records again', async () => {
      const t = translatorFor('fr')
      const { context, page, stored } = await visitor()
      await page.goto(`${urlOf('fr', sitePages.clinic(CLINIC_B))}${campaign}`)
      const notice = noticeIn(page, 'fr')
      await answer(page, 'fr', 'accept')
      expect((await stored()).attribution?.firstTouch).toMatchObject({ utm_source: 'newsletter' })

      const settings = settingsIn(page, 'fr')
      await settings.focus()
      await page.keyboard.press('Enter')
      await notice.waitFor()
      expect(await notice.innerText()).toContain(t('Consent.granted'))
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('consent-title')
      await answer(page, 'fr', 'refuse')
      await notice.waitFor({ state: 'detached' })
      expect((await stored()).attribution).toBeUndefined()
      expect(await focusedText(page)).toBe(t('Consent.settings'))

      await page.reload()
      await settings.waitFor()
      expect((await stored()).attribution).toBeUndefined()
      await settings.click()
      expect(await notice.innerText()).toContain(t('Consent.refused'))
      await answer(page, 'fr', 'accept')
      expect((await stored()).attribution?.lastTouch).toMatchObject({ utm_source: 'newsletter' })
      await context.close()
    })
  })
}
