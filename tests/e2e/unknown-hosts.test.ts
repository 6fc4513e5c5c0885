/**
 * Hosts no clinic has, as anyone on the internet can make them up (`Host: x3f9a.example`): the production build
 * answers them with a 404 in the visitor's language and stores nothing for them, in the build's page cache on disk
 * or in the shared Redis, so a flood of made-up hosts cannot fill either. Clinics' own domains stay cached.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient } from '@redis/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ProductionServer } from '../../bootstrap/scripts'
import { freePort } from '../../bootstrap/freePort'
import { projectRoot } from '../../bootstrap/paths'
import { missingClusterServices, type Service, startRedis } from '../../deploy/services'
import { clinics as seededClinics } from '../../seed/content/clinics'
import { KNOWN_SITE_HEADER } from '../../site/clinicHosts'
import { type Locale } from '../../i18n/locales'
import { translatorFor } from '../../i18n/translator'
import { CLINIC_B } from '../helpers/actors'
import { hasBrowser, launchBrowser } from '../helpers/browser'
import { freshDatabase } from '../helpers/database'
import { requestOnHost } from '../helpers/hosts'
import { readPage } from '../helpers/pages'
import { restartProductionServer, startProductionServer } from '../helpers/server'

/** Its own build folder: the other browser tests build theirs at the same time. */
const DIST_DIR = '.next-hosts'
const DOMAIN = seededClinics.find((clinic) => clinic.slug === CLINIC_B)!.customDomain!
/** How many made-up hosts a flood sends, each to every address below. */
const MADE_UP_HOSTS = 200
/** Accept-Language headers and the language each is answered in. */
const WANTED_LANGUAGES: [string, Locale][] = [
  ['de-DE,de;q=0.9,en;q=0.5', 'de'],
  ['fr-CH, fr;q=0.9', 'fr'],
  ['es', 'es'],
  ['ar', 'ar'],
  ['ja', 'en'],
]
/** What a crawler or an attacker asks a host for. */
const ADDRESSES = ['/', '/de', '/de/some-path', '/sitemap.xml', '/robots.txt']

let server: ProductionServer
let database: string

const madeUpHost = () => `x${randomBytes(6).toString('hex')}.example`
const madeUpHosts = () => Array.from({ length: MADE_UP_HOSTS }, madeUpHost)

const onHost = (host: string, address: string, headers: Record<string, string> = {}) =>
  requestOnHost(`${server.url}${address}`, `${host}:${new URL(server.url).port}`, { headers })

/** Sends every address on every host, four at a time, with these headers; answers the statuses seen. */
async function flood(hosts: string[], headers: Record<string, string>): Promise<Set<number>> {
  const requests = hosts.flatMap((host) => ADDRESSES.map((address) => () => onHost(host, address, headers)))
  const statuses = new Set<number>()
  const worker = async () => {
    for (let next = requests.shift(); next; next = requests.shift()) statuses.add((await next()).status)
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  return statuses
}

/** Every file below `folder` (none when it does not exist), relative to it. */
const filesBelow = async (folder: string): Promise<string[]> =>
  (await fs.readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))

/**
 * The files of the build's page cache: the pages and routes prerendered at build (server/app) and those rendered
 * since (server/route-cache), and Next's data cache (cache/fetch-cache).
 */
const pageCacheFiles = async () => {
  const build = path.join(projectRoot, DIST_DIR)
  const folders = [
    ['server', 'app'],
    ['server', 'route-cache'],
    ['cache', 'fetch-cache'],
  ]
  return (await Promise.all(folders.map((folder) => filesBelow(path.join(build, ...folder))))).flat()
}

const naming = (entries: string[], hosts: string[]) =>
  entries.filter((entry) => hosts.some((host) => entry.includes(host)))

/**
 * What a flood of made-up hosts (with these headers) leaves in a cache whose entries `entriesOf` lists: the entries
 * that name one of them, and how many entries there are more than before.
 */
async function floodLeaves(entriesOf: () => Promise<string[]>, headers: Record<string, string> = {}) {
  const before = await entriesOf()
  const hosts = madeUpHosts()
  expect(await flood(hosts, headers)).toEqual(new Set([404]))
  const after = await entriesOf()
  return { naming: naming(after, hosts), added: after.length - before.length }
}

beforeAll(async () => {
  database = await freshDatabase()
  server = await startProductionServer(database, { NEXT_DIST_DIR: DIST_DIR })
})

afterAll(async () => {
  await server?.stop()
})

describe('hosts no clinic has', () => {
  it(`leave no page in the build’s cache: ${MADE_UP_HOSTS} made-up hosts add no file`, async () => {
    expect(await floodLeaves(pageCacheFiles)).toEqual({ naming: [], added: 0 })
  })

  it('leave none either when they claim to be a known site’s, a mark only the server gives', async () => {
    expect(await floodLeaves(pageCacheFiles, { [KNOWN_SITE_HEADER]: '1' })).toEqual({ naming: [], added: 0 })
  })

  it('keep a clinic’s domain cached, with no cookie', async () => {
    for (const address of ['/de', '/robots.txt']) {
      await onHost(DOMAIN, address)
      const response = await onHost(DOMAIN, address)
      expect(response.status, address).toBe(200)
      expect(response.headers['x-nextjs-cache'], address).toBe('HIT')
      expect(response.headers['set-cookie'], address).toBeUndefined()
    }
  })

  it('answer every address with one 404 in the visitor’s language: no cookie, never stored, no script from elsewhere', async () => {
    const host = madeUpHost()
    for (const [acceptLanguage, locale] of WANTED_LANGUAGES) {
      for (const address of ['/', '/robots.txt', '/sitemap.xml', '/wp-login.php']) {
        const response = await onHost(host, address, { 'Accept-Language': acceptLanguage })
        expect(response.status, `${address} in ${locale}`).toBe(404)
        expect(response.body).toContain(translatorFor(locale)('NoSite.title'))
        expect(response.headers['set-cookie']).toBeUndefined()
        expect(response.headers['cache-control']).toMatch(/private.*no-store/)
        const scripts = [...response.body.matchAll(/<script[^>]* src="([^"]+)"/g)].map(([, src]) => src)
        expect(scripts.every((src) => src.startsWith('/_next/'))).toBe(true)
      }
    }
    // An address in a language is answered in that language, whatever the visitor's.
    const german = await onHost(host, '/de/botox-oder-filler', { 'Accept-Language': 'fr' })
    expect(german.status).toBe(404)
    expect(german.body).toContain(translatorFor('de')('NoSite.title'))
  })

  it.skipIf(!hasBrowser)(
    'show a browser that 404 in its language, right to left in Arabic, loading nothing from elsewhere',
    async () => {
      const host = madeUpHost()
      const browser = await launchBrowser([`--host-resolver-rules=MAP ${host} 127.0.0.1`])
      try {
        for (const [acceptLanguage, locale] of WANTED_LANGUAGES) {
          const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': acceptLanguage } })
          const page = await context.newPage()
          const origins = new Set<string>()
          page.on('request', (request) => origins.add(new URL(request.url()).origin))
          const origin = `http://${host}:${new URL(server.url).port}`
          const reading = await readPage(page, `${origin}/`, 'h1')
          expect([reading.status, reading.lang, reading.dir, reading.h1]).toEqual([
            404,
            locale,
            locale === 'ar' ? 'rtl' : 'ltr',
            translatorFor(locale)('NoSite.title'),
          ])
          expect([...origins]).toEqual([origin])
          await context.close()
        }
      } finally {
        await browser.close()
      }
    },
  )
})

describe.skipIf(missingClusterServices().includes('redis-server'))(
  'hosts no clinic has, with the page cache in Redis',
  () => {
    let redis: Service
    let redisUrl: string
    let workFolder: string

    beforeAll(async () => {
      workFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'clinics-hosts-test-'))
      const port = await freePort()
      redis = await startRedis(port, workFolder)
      redisUrl = `redis://127.0.0.1:${port}`
      await server.stop()
      server = await restartProductionServer(server, database, { NEXT_DIST_DIR: DIST_DIR, REDIS_URL: redisUrl })
    })

    afterAll(async () => {
      await server?.stop()
      await redis?.stop()
      if (workFolder) await fs.rm(workFolder, { recursive: true, force: true })
    })

    /** Every key in the shared page cache. */
    async function redisKeys(): Promise<string[]> {
      const client = createClient({ url: redisUrl })
      await client.connect()
      try {
        return await client.keys('*')
      } finally {
        client.destroy()
      }
    }

    it(`add no key: ${MADE_UP_HOSTS} made-up hosts store nothing in Redis, while a clinic’s domain is stored`, async () => {
      await onHost(DOMAIN, '/de')
      expect(await floodLeaves(redisKeys)).toEqual({ naming: [], added: 0 })
      expect(naming(await redisKeys(), [DOMAIN]).length).toBeGreaterThan(0)
    })
  },
)
