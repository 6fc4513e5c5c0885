/**
 * Scale of content: on a throwaway database, seeds the demo content plus BENCH_SCALE_CLINICS (1 000, or
 * `--clinics N`) generated clinics, builds (into .next-scale) and starts the production server, then prints:
 * the seed and build times, the sitemap's generation time and size, a never-visited clinic page's first and
 * cached render, and a treatment every clinic offers edited from this process (as a script or job would): the
 * paths it revalidates through the signed /api/revalidate, and the time until a sample of clinics' comparison
 * pages show it. A measurement, not a test: it drops its database and build when done.
 */
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { closePayload } from '../bootstrap/prepare'
import { freePort } from '../bootstrap/freePort'
import { projectRoot } from '../bootstrap/paths'
import { exitOf, runScript, serverEnvFor, spawnScript, startBuilt } from '../bootstrap/scripts'
import { scaleClinic } from '../seed/content/scaleClinics'
import { clinicCountFrom } from '../seed/args'
import { pagePath, sitePages } from '../site/pages'
import { sitemapPartCount, sitemapPartXml, sitemapXml } from '../site/sitemap'
import { throwawayDatabase } from './throwawayDatabase'

const CLINICS = clinicCountFrom(process.argv.slice(2)) || Number(process.env.BENCH_SCALE_CLINICS ?? 1000)
const DIST_DIR = '.next-scale'
/** Comparison pages watched after the treatment edit, spread over the clinics (prerendered and not). */
const SAMPLE = 10
const EDIT_TIMEOUT_MS = 120_000

const seconds = (since: number) => Number(((performance.now() - since) / 1000).toFixed(1))
const milliseconds = (since: number) => Math.round(performance.now() - since)

/** `next build` with its output read: the time it took and how many pages it prerendered. */
async function build(env: NodeJS.ProcessEnv) {
  const started = performance.now()
  const child = spawnScript(['bootstrap/run.ts', 'next', 'build'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  if ((await exitOf(child)) !== 0) throw new Error(`next build failed:\n${output.slice(-4000)}`)
  const counts = [...output.matchAll(/Generating static pages[^(]*\((\d+)\/(\d+)\)/g)]
  return { seconds: seconds(started), pages: Number(counts.at(-1)?.[2] ?? NaN) }
}

/** A GET's time, status and body. */
async function timedGet(url: string) {
  const started = performance.now()
  const response = await fetch(url)
  const body = await response.text()
  return { ms: milliseconds(started), status: response.status, cache: response.headers.get('x-nextjs-cache'), body }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** The first request of a page nobody has visited, then the median of five cached ones. */
async function firstAndCached(url: string) {
  const first = await timedGet(url)
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}`)
  const cached: number[] = []
  for (let round = 0; round < 5; round += 1) cached.push((await timedGet(url)).ms)
  return { 'first request ms': first.ms, 'cached ms (median of 5)': median(cached) }
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

/** Every sitemap file the server serves: /sitemap.xml, and its parts when it is an index. */
async function fetchSitemap(baseUrl: string) {
  const started = performance.now()
  const index = await timedGet(`${baseUrl}/sitemap.xml`)
  const parts = await Promise.all(
    [...index.body.matchAll(/<sitemap>\s*<loc>([^<]+)<\/loc>/g)].map(([, loc]) => timedGet(loc)),
  )
  const files = [index, ...parts]
  return {
    files: files.length,
    urls: files.reduce((sum, file) => sum + count(file.body, /<url>/g), 0),
    bytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.body), 0),
    ms: milliseconds(started),
  }
}

type Revalidation = { paths: string[]; status: number }

/** Records the signed /api/revalidate requests this process sends (a Local API change outside the app). */
function recordRevalidations(): Revalidation[] {
  const sent: Revalidation[] = []
  const send = globalThis.fetch
  globalThis.fetch = async (input, init) => {
    const response = await send(input, init)
    if (String(input).endsWith('/api/revalidate')) {
      sent.push({ paths: (JSON.parse(String(init?.body)) as { paths: string[] }).paths, status: response.status })
    }
    return response
  }
  return sent
}

const run = randomBytes(4).toString('hex')
const benchDatabase = await throwawayDatabase(`bench_scale_${run}`)
const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'bench-scale-media-'))
const port = await freePort()
const env = serverEnvFor(port, {
  ...process.env,
  DATABASE_URL: benchDatabase.url,
  NEXT_DIST_DIR: DIST_DIR,
  MEDIA_DIR: mediaDir,
})
Object.assign(process.env, env)
const figures: Record<string, string | number> = {}
try {
  console.log(`Seeding the demo content and ${CLINICS} generated clinics into a throwaway database…`)
  let started = performance.now()
  await runScript(['bootstrap/run.ts', '--seed', '--clinics', String(CLINICS)], env, 'ignore')
  figures['seed (demo + generated clinics), s'] = seconds(started)

  console.log(`Building into ${DIST_DIR}…`)
  const built = await build(env)
  figures['next build, s'] = built.seconds
  figures['pages prerendered at build'] = built.pages

  const server = await startBuilt(port, env)
  // This process edits like a script: Payload here, the site's pages revalidated through the signed endpoint.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    const { sitemapEntries } = await import('../queries/sitemap')
    started = performance.now()
    const entries = await sitemapEntries()
    const parts = sitemapPartCount(entries)
    const generated = [
      sitemapXml(entries),
      ...Array.from({ length: parts }, (_, part) => sitemapPartXml(entries, part)),
    ]
    figures['sitemap generation, every file (in process: queries and XML), ms'] = milliseconds(started)
    const served = await fetchSitemap(server.url)
    figures['sitemap URLs'] = served.urls
    figures['sitemap files (index + parts)'] = served.files
    figures['sitemap bytes (all files)'] = served.bytes
    figures['sitemap fetch, all files (cached), ms'] = served.ms
    if (served.urls !== entries.length || served.files !== generated.length) {
      throw new Error(`the server's sitemap lists ${served.urls} URLs in ${served.files} files, not ${entries.length}`)
    }

    // The last clinic is never prerendered (queries/slugs.ts) and nobody has visited it yet.
    const unvisited = scaleClinic(CLINICS - 1).slug
    const clinicFigures = await firstAndCached(server.url + pagePath('en', sitePages.clinic(unvisited)))
    const comparisonFigures = await firstAndCached(server.url + pagePath('en', sitePages.comparison(unvisited)))
    console.log(`\nA clinic never visited (${unvisited})`)
    console.table({ 'clinic page': clinicFigures, 'comparison page': comparisonFigures })

    // A sample of comparison pages, cached before the edit.
    const sample = Array.from({ length: SAMPLE }, (_, index) =>
      pagePath('en', sitePages.comparison(scaleClinic(Math.floor((index * CLINICS) / SAMPLE)).slug)),
    )
    for (const page of sample) await timedGet(server.url + page)
    const { docs } = await payload.find({
      collection: 'treatments',
      where: { slug: { equals: 'botulinum-toxin' } },
      limit: 1,
      depth: 0,
      locale: 'en',
    })
    const treatment = docs[0]
    const edited = `${treatment.name} ${run}`
    const revalidations = recordRevalidations()
    started = performance.now()
    await payload.update({ collection: 'treatments', id: treatment.id, locale: 'en', data: { name: edited }, depth: 0 })
    const shown = await Promise.all(
      sample.map(async (page) => {
        while (!(await timedGet(server.url + page)).body.includes(edited)) {
          if (performance.now() - started > EDIT_TIMEOUT_MS) return false
          await new Promise((resolve) => setTimeout(resolve, 50))
        }
        return true
      }),
    )
    const editMs = milliseconds(started)
    const clinics = (await payload.count({ collection: 'clinics' })).totalDocs
    const paths = revalidations.flatMap((revalidation) => revalidation.paths)
    figures['treatment edit: paths sent to /api/revalidate'] = paths.length
    figures['treatment edit: route patterns among them'] = paths.filter((entry) => entry.includes('[')).length
    figures['treatment edit: clinic pages they cover (clinics × 3 × 5 locales)'] = clinics * 3 * 5
    figures['treatment edit: endpoint answers'] = revalidations.map((revalidation) => revalidation.status).join(', ')
    figures[`treatment edit → shown on ${SAMPLE} comparison pages, ms`] = shown.every(Boolean)
      ? editMs
      : `NOT SHOWN on ${shown.filter((ok) => !ok).length} within ${EDIT_TIMEOUT_MS / 1000} s`
    if (!shown.every(Boolean) || revalidations.some((revalidation) => revalidation.status !== 200)) {
      process.exitCode = 1
    }
  } finally {
    await closePayload(payload)
    await server.stop()
  }
  console.log(`\n${CLINICS} generated clinics (plus the demo's 3), 5 locales`)
  console.table(figures)
} finally {
  await benchDatabase.drop()
  await rm(mediaDir, { recursive: true, force: true })
  await rm(path.join(projectRoot, DIST_DIR), { recursive: true, force: true })
}
process.exit(process.exitCode ?? 0)
