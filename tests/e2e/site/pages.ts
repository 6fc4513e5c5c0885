/**
 * Every page type in every locale in Chromium: content, prices, the language switcher, images, layout on a phone,
 * accessibility.
 */
import { describe, expect, it } from 'vitest'

import { directionOf, type Locale, locales } from '../../../i18n/locales'
import { translatorFor } from '../../../i18n/translator'
import { priceFromText } from '../../helpers/prices'
import { mayPromotePrice } from '../../../domain/advertising'
import type { Treatment } from '../../../payload-types'
import { demoStaffEmail } from '../../../seed/content/users'
import { clinics as seededClinics } from '../../../seed/content/clinics'
import { clinicDomainOf, pagePath, pageUrl, type SitePage, sitePages } from '../../../site/pages'
import { CLINIC_A, CLINIC_B, clinicId } from '../../helpers/actors'
import { accessibilityViolations, hasBrowser } from '../../helpers/browser'
import { pngFile } from '../../helpers/documents'
import { imagesOnPage, readPage, structuredData } from '../../helpers/pages'
import {
  browser,
  page,
  server,
  payload,
  urlOf,
  loginToken,
  eventually,
  clinicInLocale,
  alternatesOf,
  fetchPage,
  pageTypes,
} from './context'

const CLINICS = [CLINIC_A, CLINIC_B, 'dubai-jumeirah']

/** The own domain of a seeded clinic that has one: its pages' canonical addresses are there (README). */
const domainOf = (slug: string) => clinicDomainOf(seededClinics.find((clinic) => clinic.slug === slug)!)

/**
 * Runs in the page: how far it scrolls sideways, and the innermost elements that stick out of the window
 * (what to fix), or undefined when it does not.
 */
function sidewaysOverflow(): string | undefined {
  const { scrollWidth, clientWidth } = document.documentElement
  if (scrollWidth <= clientWidth) return undefined
  // What a scrolling or clipping box holds cannot widen the page; the box itself can. Text is measured itself,
  // as it may run out of its element's box.
  const contained = (element: Element) => {
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowX !== 'visible') return true
    }
    return false
  }
  const sticksOut = (box: DOMRect) => box.width > 0 && (box.right > clientWidth + 0.5 || box.left < -0.5)
  const textBox = (element: Element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    return range.getBoundingClientRect()
  }
  const outside = [...document.body.querySelectorAll<HTMLElement>('*')].filter(
    (element) => !contained(element) && (sticksOut(element.getBoundingClientRect()) || sticksOut(textBox(element))),
  )
  const innermost = outside.filter((element) => !outside.some((other) => other !== element && element.contains(other)))
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`
  return `${scrollWidth - clientWidth} px (${[...new Set(innermost.map(name))].slice(0, 5).join(', ')})`
}

export function pagesInChromium() {
  describe.skipIf(!hasBrowser)('the site in Chromium', () => {
    describe.each(locales)('in %s', (locale) => {
      const t = translatorFor(locale)

      it('shows the home page with every clinic and its prices', async () => {
        const reading = await readPage(page, urlOf(locale, sitePages.home))
        expect([reading.lang, reading.dir, reading.h1]).toEqual([locale, directionOf(locale), t('Home.title')])
        for (const slug of CLINICS) {
          const { clinic, offerings } = await clinicInLocale(slug, locale)
          expect(reading.text).toContain(clinic.name)
          expect(reading.text).toContain(t('Home.compareAt', { clinic: clinic.name }))
          // Each treatment the clinic offers, with its "from" price, or "price after consultation" where the
          // price may not be advertised.
          const card = page.locator('.card', { has: page.getByRole('heading', { name: clinic.name, exact: true }) })
          const prices = await card.locator('.price-list li').allInnerTexts()
          expect(prices).toHaveLength(offerings.length)
          for (const offering of offerings) {
            const treatment = offering.treatment as Treatment
            const price =
              mayPromotePrice(treatment, clinic) && offering.currency
                ? priceFromText(locale, offering.priceFrom, offering.currency)
                : t('Price.onConsultation')
            expect(prices.join('\n')).toContain(treatment.name)
            expect(prices.find((line) => line.includes(treatment.name))).toContain(price)
          }
        }
        structuredData(reading, 'BreadcrumbList')
      })

      it.each(CLINICS)(
        'shows %s’s comparison page with its own prices, practitioners, hreflang and JSON-LD',
        async (slug) => {
          const { clinic, offerings } = await clinicInLocale(slug, locale)
          const reading = await readPage(page, urlOf(locale, sitePages.comparison(slug)))
          expect([reading.status, reading.lang, reading.dir]).toEqual([200, locale, directionOf(locale)])
          expect(reading.h1).toBe(t('Comparison.title', { clinic: clinic.name }))
          // The visitor sees one filler beside botulinum toxin at a time: read the table with each one chosen.
          const choices = page.locator('.filler-choice input')
          const views = [await page.locator('.comparison table').innerText()]
          for (let index = 1; index < (await choices.count()); index += 1) {
            await choices.nth(index).check()
            views.push(await page.locator('.comparison table').innerText())
          }
          const table = views.join('\n')
          for (const offering of offerings) {
            const treatment = offering.treatment as { name: string; kind: string }
            if (treatment.kind === 'other') continue
            expect(table).toContain(treatment.name)
            expect(table).toContain(priceFromText(locale, offering.priceFrom, offering.currency!))
            for (const practitioner of (offering.practitioners ?? []) as { name: string }[]) {
              expect(table).toContain(practitioner.name)
            }
          }
          expect(reading.canonical).toBe(pageUrl(locale, sitePages.comparison(slug), domainOf(slug)))
          expect(reading.alternates).toEqual(alternatesOf(() => sitePages.comparison(slug), domainOf(slug)))
          const webPage = structuredData(reading, 'MedicalWebPage')
          expect(webPage).toMatchObject({ url: reading.canonical, inLanguage: locale, headline: reading.h1 })
          // The trail at the canonical addresses: on a clinic's own domain, whose home page is the clinic's page.
          const breadcrumbs = structuredData(reading, 'BreadcrumbList') as { itemListElement: { item: string }[] }
          const trail = [sitePages.home, sitePages.clinic(slug), sitePages.comparison(slug)]
          expect(breadcrumbs.itemListElement.map((crumb) => crumb.item)).toEqual([
            ...new Set(trail.map((crumb) => pageUrl(locale, crumb, domainOf(slug)))),
          ])
        },
      )

      it('shows a clinic page with hours, contact, treatments and MedicalClinic data', async () => {
        const { clinic, offerings } = await clinicInLocale(CLINIC_B, locale)
        const reading = await readPage(page, urlOf(locale, sitePages.clinic(CLINIC_B)))
        expect([reading.lang, reading.h1]).toEqual([locale, clinic.name])
        // The description its owner writes, in this locale: every paragraph.
        const paragraphs = clinic.description!.root.children as unknown as { children: { text: string }[] }[]
        expect(paragraphs.length).toBeGreaterThan(0)
        for (const paragraph of paragraphs) expect(reading.text).toContain(paragraph.children[0].text)
        expect(reading.text).toContain(clinic.phone)
        expect(reading.text).toContain(t('Weekday.monday'))
        expect(await page.locator('#consultation h2').innerText()).toBe(t('LeadForm.heading'))
        const data = structuredData(reading, 'MedicalClinic')
        expect(data).toMatchObject({
          name: clinic.name,
          telephone: clinic.phone,
          address: { '@type': 'PostalAddress', addressLocality: clinic.address.city, addressCountry: 'DE' },
          geo: { '@type': 'GeoCoordinates', latitude: clinic.geo.latitude, longitude: clinic.geo.longitude },
        })
        expect(data.openingHoursSpecification).toHaveLength(clinic.openingHours!.length)
        expect(data.availableService).toHaveLength(offerings.length)
        expect(data.priceRange).toMatch(/\d/)
        expect(reading.ogImage).toMatch(/^http.*\.webp$/)
      })

      it('shows a treatment page with its facts and MedicalProcedure data', async () => {
        const { docs } = await payload.find({
          collection: 'treatments',
          locale,
          where: { slug: { equals: 'botulinum-toxin' } },
        })
        const reading = await readPage(page, urlOf(locale, sitePages.treatment('botulinum-toxin')))
        expect([reading.lang, reading.h1]).toEqual([locale, docs[0].name])
        expect(reading.text).toContain(docs[0].howItWorks)
        expect(structuredData(reading, 'MedicalProcedure')).toMatchObject({
          name: docs[0].name,
          howPerformed: docs[0].howItWorks,
        })
      })

      it('shows a practitioner page with Person data: job title, credential, clinics', async () => {
        const { docs } = await payload.find({
          collection: 'practitioners',
          locale,
          where: { slug: { equals: 'amelia-hart' } },
          depth: 1,
        })
        const practitioner = docs[0]
        const reading = await readPage(page, urlOf(locale, sitePages.practitioner('amelia-hart')))
        expect([reading.lang, reading.h1]).toEqual([locale, practitioner.name])
        expect(reading.text).toContain(practitioner.jobTitle)
        const person = structuredData(reading, 'Person')
        expect(person).toMatchObject({
          name: practitioner.name,
          jobTitle: practitioner.jobTitle,
          hasCredential: { '@type': 'EducationalOccupationalCredential', name: practitioner.credentials?.title },
        })
        expect((person.worksFor as { name: string }[]).map((clinic) => clinic.name)).toEqual(
          (practitioner.clinics as { name: string }[]).map((clinic) => clinic.name),
        )
      })

      it('lists articles and filters them by clinic', async () => {
        const reading = await readPage(page, urlOf(locale, sitePages.articles))
        expect([reading.lang, reading.h1]).toEqual([locale, t('Articles.title')])
        const berlin = (await clinicInLocale(CLINIC_B, locale)).clinic
        await page.getByRole('link', { name: berlin.name, exact: true }).click()
        await page.waitForURL((url) => url.pathname.includes(CLINIC_B))
        const { docs } = await payload.find({
          collection: 'articles',
          locale,
          where: { clinic: { equals: berlin.id } },
        })
        const shown = await page.locator('.card-grid h2').allInnerTexts()
        expect(shown.sort()).toEqual(docs.map((article) => article.title).sort())
      })

      it('pages through all published articles', async () => {
        const { docs } = await payload.find({
          collection: 'articles',
          locale,
          depth: 0,
          pagination: false,
          where: { _status: { equals: 'published' } },
        })
        await page.goto(urlOf(locale, sitePages.articles))
        const titles = await page.locator('.card-grid h2').allInnerTexts()
        await page.locator('.pagination a[rel="next"]').click()
        await page.waitForURL((url) => url.pathname.endsWith('/2'))
        expect(await page.locator('html').getAttribute('lang')).toBe(locale)
        titles.push(...(await page.locator('.card-grid h2').allInnerTexts()))
        expect(titles.sort()).toEqual(docs.map((article) => article.title).sort())
      })

      it('shows an article with MedicalWebPage data: reviewer and review date', async () => {
        const { docs } = await payload.find({ collection: 'articles', locale, depth: 1, sort: 'publishedAt', limit: 1 })
        const article = docs[0]
        const reading = await readPage(page, urlOf(locale, sitePages.article(article.slug)))
        expect([reading.lang, reading.h1]).toEqual([locale, article.title])
        expect(structuredData(reading, 'MedicalWebPage')).toMatchObject({
          headline: article.title,
          lastReviewed: article.medicalReview!.lastReviewed!.slice(0, 10),
          reviewedBy: { '@type': 'Person', name: (article.medicalReview!.reviewer as { name: string }).name },
        })
      })

      it('shows the localized 404 for an unknown slug', async () => {
        // Next renders a 404 under a prerendered route in the browser, from the page's own data: wait for it.
        const reading = await readPage(page, urlOf(locale, sitePages.clinic('no-such-clinic')), 'h1')
        expect([reading.status, reading.lang, reading.h1]).toEqual([404, locale, t('NotFound.title')])
      })
    })

    it('keeps the page when switching language, following each locale’s own article slug', async () => {
      const { docs } = await payload.find({
        collection: 'articles',
        locale: 'all',
        depth: 0,
        limit: 1,
        sort: 'publishedAt',
      })
      const slugs = docs[0].slug as unknown as Record<Locale, string>
      const titles = docs[0].title as unknown as Record<Locale, string>
      await page.goto(urlOf('en', sitePages.article(slugs.en)))
      await page.locator('.language-switcher').getByRole('link', { name: 'Deutsch' }).click()
      await page.waitForURL(urlOf('de', sitePages.article(slugs.de)))
      expect(await page.locator('h1').innerText()).toBe(titles.de)
      const reading = await readPage(page, page.url())
      expect(reading.alternates).toEqual(alternatesOf((locale) => sitePages.article(slugs[locale])))
      await page.locator('.language-switcher').getByRole('link', { name: 'العربية' }).click()
      await page.waitForURL(urlOf('ar', sitePages.article(slugs.ar)))
      expect(await page.getAttribute('html', 'dir')).toBe('rtl')
    })

    it('offers an article written in German only in German, says so, and names no other language to search engines', async () => {
      const slug = `nur-deutsch-${Date.now()}`
      const title = `Nur auf Deutsch ${slug}`
      await payload.create({
        collection: 'articles',
        locale: 'de',
        data: {
          title,
          slug,
          excerpt: 'Ein Artikel, den es nur auf Deutsch gibt.',
          clinic: await clinicId(payload, CLINIC_A),
          tags: ['aftercare'],
          _status: 'published',
        },
      })
      const german = urlOf('de', sitePages.article(slug))
      const reading = await eventually(async () => {
        const candidate = await readPage(page, german)
        expect([candidate.status, candidate.h1]).toEqual([200, title])
        return candidate
      })
      expect(await page.locator('.language-switcher a').allInnerTexts()).toEqual(['Deutsch'])
      expect(reading.text).toContain(translatorFor('de')('Site.availableOnlyIn', { languages: 'Deutsch' }))
      expect(reading.alternates).toEqual({ de: german, 'x-default': german })
      expect(reading.canonical).toBe(german)
      // No other locale has this address, and none is sent elsewhere by a redirect.
      for (const locale of locales.filter((other) => other !== 'de')) {
        const response = await fetch(urlOf(locale, sitePages.article(slug)), { redirect: 'manual' })
        expect(response.status, locale).toBe(404)
      }
      // Listed in German, and in no other language's lists (where it would be a link without a title).
      await eventually(async () =>
        expect((await fetchPage(urlOf('de', sitePages.clinic(CLINIC_A)))).html).toContain(title),
      )
      for (const list of [sitePages.clinic(CLINIC_A), sitePages.articles]) {
        expect((await fetchPage(urlOf('en', list))).html, pagePath('en', list)).not.toMatch(/<a [^>]*><\/a>/)
      }
      // A page in every language still offers all five.
      await page.goto(urlOf('de', sitePages.articles))
      expect(await page.locator('.language-switcher a').count()).toBe(locales.length)
      expect(await page.locator('.notice', { hasText: 'Deutsch' }).count()).toBe(0)
    })

    it('never shows an image without alt text: German text in German, decorative elsewhere; owners see what is missing', async () => {
      const clinic = await clinicId(payload, CLINIC_A)
      const germanAlt = 'Porträt von Dr. Alt im Behandlungsraum'
      const media = await payload.create({
        collection: 'media',
        locale: 'de',
        data: { alt: germanAlt, clinic },
        file: await pngFile(),
      })
      const slug = `dr-alt-${Date.now()}`
      await payload.create({
        collection: 'practitioners',
        data: {
          name: `Dr Alt ${slug}`,
          slug,
          jobTitle: 'Test physician',
          clinics: [clinic],
          photo: media.id,
          _status: 'published',
        },
      })
      for (const locale of locales) {
        const alt = await eventually(async () => {
          await page.goto(urlOf(locale, sitePages.practitioner(slug)))
          return page.locator('img.portrait').getAttribute('alt', { timeout: 1_000 })
        })
        // Present in every language: the text where there is one (or the default language's), else empty.
        expect(alt, locale).toBe(locale === 'de' ? germanAlt : '')
      }
      const response = await fetch(`${server.url}/api/media/${media.id}?locale=de`, {
        headers: { Authorization: `JWT ${await loginToken(demoStaffEmail('owner', CLINIC_A))}` },
      })
      expect((await response.json()).altMissingIn).toBe('English, Français, Español, العربية')
    })

    it.each(['en', 'ar'] as const)(
      'shows every uploaded image, resized for the screen, on the clinic and practitioner pages in %s',
      async (locale) => {
        for (const sitePage of [sitePages.clinic(CLINIC_B), sitePages.practitioner('amelia-hart')]) {
          await page.goto(urlOf(locale, sitePage))
          const images = await imagesOnPage(page)
          expect(images.count, pagePath(locale, sitePage)).toBeGreaterThan(0)
          expect(images.notShown, pagePath(locale, sitePage)).toEqual([])
        }
      },
    )

    it('lets a keyboard user pick which filler to compare', async () => {
      await page.goto(urlOf('en', sitePages.comparison(CLINIC_A)))
      const fillers = page.locator('.filler-choice input')
      expect(await fillers.count()).toBeGreaterThan(1)
      const secondName = (await page.locator('.filler-choice label').nth(1).innerText()).trim()
      await fillers.first().focus()
      await page.keyboard.press('ArrowRight')
      const headings = await page.locator('.comparison thead th:visible').allInnerTexts()
      expect(headings).toHaveLength(3)
      expect(headings[2]).toBe(secondName)
    })

    it.each([320, 390])(
      'never scrolls sideways on a %i px wide phone, on any page type in any locale',
      async (width) => {
        const tooWide: string[] = []
        for (const [index, locale] of locales.entries()) {
          // Each locale's visitor has an address of their own: their failed submits stay within the rate limit.
          const context = await browser.newContext({
            viewport: { width, height: 800 },
            extraHTTPHeaders: { 'X-Forwarded-For': `203.0.113.${width === 320 ? 1 : 2}${index}` },
          })
          const phone = await context.newPage()
          for (const sitePage of await pageTypes(locale)) {
            await phone.goto(urlOf(locale, sitePage))
            // The page itself, and the form's error messages, which make it longer and may make it wider.
            const check = async (what: string) => {
              const overflow = await phone.evaluate(sidewaysOverflow)
              if (overflow) tooWide.push(`${what}: ${overflow}`)
            }
            await check(pagePath(locale, sitePage))
            if ((await phone.locator('.lead-form').count()) > 0) {
              await phone.click('.lead-form button[type="submit"]')
              await phone.locator('#lead-errors').waitFor()
              await check(`${pagePath(locale, sitePage)} with errors`)
            }
          }
          await context.close()
        }
        expect(tooWide).toEqual([])
      },
    )

    it.each([320, 390])('keeps every word of the German comparison table whole on a %i px phone', async (width) => {
      const phone = await browser.newPage({ viewport: { width, height: 800 } })
      await phone.goto(urlOf('de', sitePages.comparison(CLINIC_B)))
      // Hyphenated by German rules where the browser has them…
      expect(
        await phone
          .locator('.comparison td')
          .first()
          .evaluate((cell) => [getComputedStyle(cell).hyphens, cell.closest('[lang]')?.getAttribute('lang')]),
      ).toEqual(['auto', 'de'])
      // …and where it has none (Debian's Chromium has none), every word fits its column: none is cut across lines.
      await phone.addStyleTag({ content: '.comparison th, .comparison td { hyphens: manual !important }' })
      const cutWords = await phone.evaluate(() => {
        const cut: string[] = []
        for (const cell of document.querySelectorAll<HTMLElement>('.comparison th, .comparison td')) {
          if (cell.offsetParent === null) continue
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT)
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange()
              range.setStart(node, word.index)
              range.setEnd(node, word.index + word[0].length)
              const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
              if (lines.size > 1) cut.push(word[0])
            }
          }
        }
        return cut
      })
      await phone.close()
      expect(cutWords).toEqual([])
    })

    it.each(['en', 'ar'] as const)('has no accessibility violations on any page type in %s', async (locale) => {
      const article = (await payload.find({ collection: 'articles', locale, limit: 1, depth: 0 })).docs[0]
      const pages: SitePage[] = [
        sitePages.home,
        sitePages.clinic(CLINIC_A),
        sitePages.comparison(CLINIC_A),
        sitePages.treatment('hyaluronic-acid-lip-filler'),
        sitePages.practitioner('priya-nair'),
        sitePages.articles,
        sitePages.article(article.slug),
        sitePages.clinic('no-such-clinic'),
      ]
      for (const sitePage of pages) {
        await page.goto(urlOf(locale, sitePage))
        await page.locator('h1').waitFor()
        expect(await accessibilityViolations(page), pagePath(locale, sitePage)).toEqual([])
      }
    })
  })
}
