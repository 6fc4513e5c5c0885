import type { Page } from 'playwright-core'

/** What a visitor's browser and a search engine read from a page's head and body. */
export type PageReading = {
  status: number
  lang: string | null
  dir: string | null
  title: string
  h1: string
  description: string | null
  canonical: string | null
  /** hreflang → absolute URL */
  alternates: Record<string, string>
  ogImage: string | null
  jsonLd: Record<string, unknown>[]
  text: string
}

/** Loads `url` and reads it, once `waitFor` (a selector) is on the page when given. */
export async function readPage(page: Page, url: string, waitFor?: string): Promise<PageReading> {
  const response = await page.goto(url)
  if (waitFor) await page.locator(waitFor).first().waitFor()
  const head = await page.evaluate(() => {
    const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null
    return {
      lang: document.documentElement.getAttribute('lang'),
      dir: document.documentElement.getAttribute('dir'),
      title: document.title,
      h1: document.querySelector('h1')?.textContent?.trim() ?? '',
      description: attribute('meta[name="description"]', 'content'),
      canonical: attribute('link[rel="canonical"]', 'href'),
      alternates: Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
          link.getAttribute('hreflang'),
          link.getAttribute('href'),
        ]),
      ),
      ogImage: attribute('meta[property="og:image"]', 'content'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
        JSON.parse(script.textContent ?? 'null'),
      ),
      text: document.body.innerText,
    }
  })
  return { status: response?.status() ?? 0, ...head }
}

/** The JSON-LD object of a schema.org type on the page; fails when there is not exactly one. */
export function structuredData(reading: PageReading, type: string): Record<string, unknown> {
  const matches = reading.jsonLd.filter((data) => data['@type'] === type)
  if (matches.length !== 1) throw new Error(`expected one ${type} in JSON-LD, found ${matches.length}`)
  const [data] = matches
  if (data['@context'] !== 'https://schema.org') throw new Error(`${type} has no schema.org context`)
  return data
}

/**
 * The images on the current page, each scrolled into view first (lazy ones load only then): how many there are, and
 * the addresses of those the browser could not show.
 */
export async function imagesOnPage(page: Page) {
  const images = await page.locator('img').all()
  for (const image of images) await image.scrollIntoViewIfNeeded()
  await page.waitForLoadState('networkidle')
  const notShown = await page
    .locator('img')
    .evaluateAll((elements) =>
      (elements as HTMLImageElement[])
        .filter((image) => !image.complete || image.naturalWidth === 0)
        .map((image) => image.currentSrc || image.src),
    )
  return { count: images.length, notShown }
}
