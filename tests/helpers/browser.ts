import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, chromium, type Page } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'
const INSTALL_HINT =
  'Install Debian’s Chromium for the browser tests: sudo apt-get install -y --no-install-recommends chromium'

/**
 * Whether the page tests can run. Without Chromium they are skipped with a clear note locally,
 * and fail in CI (CI=true), where a missing browser must never pass silently.
 */
export const hasBrowser = existsSync(CHROMIUM)
if (!hasBrowser) {
  if (process.env.CI === 'true') throw new Error(`Chromium is missing at ${CHROMIUM}. ${INSTALL_HINT}`)
  console.warn(`\n⚠ Browser tests skipped: ${INSTALL_HINT}\n`)
}

/** Chromium as the tests drive it; `extraArgs` such as `--host-resolver-rules` to map clinics' domains to loopback. */
export const launchBrowser = (extraArgs: string[] = []): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...extraArgs,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })

/** Chromium with one page open, for a group of tests that share them. */
export async function openBrowser(extraArgs: string[] = []) {
  const browser = await launchBrowser(extraArgs)
  return { browser, page: await browser.newPage() }
}

const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe-core's WCAG 2.x A/AA violations on the current page. */
export async function accessibilityViolations(page: Page) {
  await page.addScriptTag({ path: axeSource })
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: unknown[] }[] }>
        }
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return result.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.length,
    }))
  })
}

/** Signs a demo user in to the admin at `baseUrl` in `page`, as a person does; resolves on the dashboard. */
export async function signInToAdmin(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/admin`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
}
