/**
 * npm run bench:site: builds and starts the production server on the demo content, then prints, for the
 * pages visitors land on, throughput and latency under load, the time from an owner's price change to its
 * visibility in every locale, each page type's client JavaScript, and Lighthouse's mobile scores.
 * A measurement, not a test: it prints figures and changes the demo price back when done.
 * `npm run bench:site -- --cluster` measures the production layout instead (benchCluster below).
 */
import autocannon from 'autocannon'
import lighthouse from 'lighthouse'
import { promises as fs } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'

import { provideDatabase } from '../bootstrap/database'
import { freePort } from '../bootstrap/freePort'
import { prepareDatabase } from '../bootstrap/prepare'
import { buildAndStart, runScript } from '../bootstrap/scripts'
import { startCluster } from '../deploy/cluster'
import { type Service, startStaticNginx } from '../deploy/services'
import { locales } from '../i18n/locales'
import { priceFromText } from '../tests/helpers/prices'
import { clinics } from '../seed/content/clinics'
import { type ClinicDomain, domainPagePath, pagePath, type SitePage, sitePages } from '../site/pages'
import { demoStaffEmail } from '../seed/content/users'
import { signInOver } from '../tests/helpers/http'

const CLINIC = 'london-marylebone'
const LOAD = { connections: 50, duration: 10 }
/** The demo clinic with its own domain. */
const DOMAIN: ClinicDomain = clinics.flatMap(({ slug, customDomain }) =>
  customDomain ? [{ domain: customDomain, clinic: slug }] : [],
)[0]

const pages: Record<string, SitePage> = {
  home: sitePages.home,
  clinic: sitePages.clinic(CLINIC),
  comparison: sitePages.comparison(CLINIC),
  treatment: sitePages.treatment('botulinum-toxin'),
  practitioner: sitePages.practitioner('amelia-hart'),
  articles: sitePages.articles,
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const round = (value: number, digits = 1) => Number(value.toFixed(digits))

/** What every browser sends and the load through the proxy sends too: the proxy keeps a gzip copy of each page. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' }

async function load(url: string, headers: Record<string, string> = {}) {
  // A short untimed run first, so the figures are the server's steady state, not its JIT warm-up.
  await autocannon({ url, headers, connections: LOAD.connections, duration: 3 })
  const result = await autocannon({ url, headers, ...LOAD })
  return {
    'requests/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors + result.non2xx,
  }
}

/** The gzipped size of the JavaScript files a page loads (module scripts; legacy noModule files excluded). */
async function clientJavaScriptKb(baseUrl: string, path: string) {
  const html = await (await fetch(baseUrl + path)).text()
  const sources = new Set(
    [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)]
      .filter(([, before, , after]) => !/nomodule/i.test(before + after))
      .map(([, , src]) => src),
  )
  let bytes = 0
  for (const src of sources)
    bytes += gzipSync(Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer())).length
  return round(bytes / 1024)
}

const ownerToken = (baseUrl: string) => signInOver(baseUrl, demoStaffEmail('owner', CLINIC))

/** Milliseconds from an owner's price change (REST) until every locale's comparison page shows it. */
async function editToVisible(baseUrl: string, rounds = 5) {
  const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${await ownerToken(baseUrl)}` }
  const query = `where[clinic.slug][equals]=${CLINIC}&where[treatment.slug][equals]=botulinum-toxin&depth=0`
  const { docs } = (await (await fetch(`${baseUrl}/api/offerings?${query}`, { headers })).json()) as {
    docs: { id: number; priceFrom: number; currency: string }[]
  }
  const offering = docs[0]
  const setPrice = (priceFrom: number) =>
    fetch(`${baseUrl}/api/offerings/${offering.id}`, { method: 'PATCH', headers, body: JSON.stringify({ priceFrom }) })
  const timings: number[] = []
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const price = offering.priceFrom + round
      const started = performance.now()
      await setPrice(price)
      await Promise.all(
        locales.map(async (locale) => {
          const url = baseUrl + pagePath(locale, pages.comparison)
          const expected = priceFromText(locale, price, offering.currency)
          while (!(await (await fetch(url)).text()).includes(expected)) {
            if (performance.now() - started > 30_000) throw new Error(`${url} never showed ${expected}`)
            await new Promise((resolve) => setTimeout(resolve, 50))
          }
        }),
      )
      timings.push(performance.now() - started)
    }
  } finally {
    await setPrice(offering.priceFrom)
  }
  return { 'median ms': Math.round(median(timings)), 'max ms': Math.round(Math.max(...timings)) }
}

async function lighthouseScores(url: string) {
  const port = await freePort()
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`],
  })
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error' })
    const categories = result?.lhr.categories ?? {}
    return Object.fromEntries(
      Object.values(categories).map((category) => [category.title, Math.round((category.score ?? 0) * 100)]),
    )
  } finally {
    await browser.close()
  }
}

/** The single production server: load, edit to visible, client JavaScript, Lighthouse. */
async function benchOneServer() {
  console.log('Building and starting the production server (npm run build && npm start)…')
  const server = await buildAndStart(await freePort(), process.env)
  try {
    const url = (page: SitePage) => server.url + pagePath('en', page)

    console.log(`\nLoad: ${LOAD.connections} connections for ${LOAD.duration} s each (after a 3 s warm-up)`)
    const onItsDomain = { ...BROWSER_HEADERS, host: `${DOMAIN.domain}:${new URL(server.url).port}` }
    console.table({
      clinic: await load(url(pages.clinic)),
      comparison: await load(url(pages.comparison)),
      // The same clinic's comparison page on the platform and on its own domain (a Host header: same server).
      [`comparison of ${DOMAIN.clinic}`]: await load(url(sitePages.comparison(DOMAIN.clinic)), BROWSER_HEADERS),
      [`the same on ${DOMAIN.domain}`]: await load(
        server.url + domainPagePath('en', sitePages.comparison(DOMAIN.clinic), DOMAIN),
        onItsDomain,
      ),
      // The floor: a tiny static file through the same server, with no page rendering or caching involved.
      'robots.txt': await load(`${server.url}/robots.txt`),
    })

    console.log('\nFrom an owner’s price change to the new price on the comparison page in all 5 locales')
    console.table({ 'edit → visible': await editToVisible(server.url) })

    console.log('\nClient JavaScript per page type (gzipped kB)')
    const javaScript: Record<string, { kB: number }> = {}
    for (const [name, page] of Object.entries(pages))
      javaScript[name] = { kB: await clientJavaScriptKb(server.url, pagePath('en', page)) }
    console.table(javaScript)

    console.log('\nLighthouse (mobile) on the comparison page')
    console.table(await lighthouseScores(url(pages.comparison)))
  } finally {
    await server.stop()
  }
}

/** The body of `url` as a browser receives it through the proxy: gzip, not unpacked. */
const gzipBody = (url: string) =>
  new Promise<Buffer>((resolve, reject) => {
    http
      .get(url, { headers: BROWSER_HEADERS }, (response) => {
        if (response.headers['content-encoding'] !== 'gzip') reject(new Error(`${url} did not answer gzip`))
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(Buffer.concat(chunks)))
      })
      .on('error', reject)
  })

/**
 * `--cluster`: the comparison page through nginx in front of two instances (deploy/cluster.ts), against nginx
 * serving the same bytes as a static file, in one run; and an owner's edit made during the load, until every
 * locale shows it through nginx.
 */
async function benchCluster() {
  const database = await provideDatabase()
  process.env.DATABASE_URL = database.url
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'clinics-bench-'))
  try {
    await prepareDatabase(database.embedded ? 'if-empty' : 'never')
    console.log('Building, then starting nginx, two instances, a worker, Redis and object storage…')
    await runScript(['bootstrap/run.ts', 'next', 'build'], process.env, 'ignore')
    const cluster = await startCluster({ databaseUrl: database.url })
    let staticServer: Service | undefined
    try {
      const page = cluster.url + pagePath('en', pages.comparison)
      const file = path.join(dir, 'comparison.html')
      await fs.writeFile(file, await (await fetch(page)).text())
      await fs.writeFile(`${file}.gz`, await gzipBody(page))
      const staticPort = await freePort()
      staticServer = await startStaticNginx(path.join(dir, 'static'), staticPort, file)

      console.log(`\nLoad: ${LOAD.connections} connections for ${LOAD.duration} s each (after a 3 s warm-up)`)
      // An owner's price changes during each load, until all 5 locales show it through nginx: both loads share the
      // cores with the same edit (its save, the renders, the polling), so the figures differ only in what serves
      // the page. The edit is timed during the proxied load.
      const editDuringLoad = () =>
        new Promise((resolve) => setTimeout(resolve, 5_000)).then(() => editToVisible(cluster.url, 3))
      const [proxied, edit] = await Promise.all([load(page, BROWSER_HEADERS), editDuringLoad()])
      const [staticFile] = await Promise.all([
        load(`http://127.0.0.1:${staticPort}/`, BROWSER_HEADERS),
        editDuringLoad(),
      ])
      console.table({ 'comparison page through nginx': proxied, 'the same bytes, static nginx': staticFile })
      console.log(
        `Through nginx: ${round(proxied['requests/s'] / staticFile['requests/s'], 2)}× static nginx (target ≥ 0.8×), ` +
          `p99 ${proxied['p99 ms']} ms (target ≤ 20 ms)`,
      )
      console.log('\nFrom an owner’s price change (during the load) to the new price through nginx, in all 5 locales')
      console.table({ 'edit → visible': edit })
    } finally {
      await staticServer?.stop()
      await cluster.stop()
    }
  } finally {
    await database.stop()
    await fs.rm(dir, { recursive: true, force: true })
  }
}

if (process.argv.includes('--cluster')) await benchCluster()
else await benchOneServer()
process.exit(0)
