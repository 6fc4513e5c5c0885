/**
 * The production layout (deploy/cluster.ts): nginx in front of two instances of one build over one database and
 * one Redis, with a job runner in each instance and a separate worker. An edit made through one instance is live
 * on the other and through nginx; leads split over both are each stored and mailed once, even when an instance
 * dies or the database restarts mid-flood. The cluster has a PostgreSQL server of its own, which it restarts.
 */
import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { consultationRequest, notificationJobsLeft, waitUntil } from '../bench/leadPipeline'
import { type PostgresServer, startEmbeddedPostgres } from '../bootstrap/embeddedPostgres'
import { freePort } from '../bootstrap/freePort'
import { projectRoot } from '../bootstrap/paths'
import { ensureDatabase } from '../bootstrap/postgres'
import { runScript } from '../bootstrap/scripts'
import { type Cluster, startCluster } from '../deploy/cluster'
import { CLUSTER_INSTALL_HINT, missingClusterServices } from '../deploy/services'
import { type Locale, locales } from '../i18n/locales'
import { DEMO_ADMIN_EMAIL, demoStaffEmail } from '../seed/content/users'
import { formatPrice } from '../site/format'
import { clinics as seededClinics } from '../seed/content/clinics'
import { type ClinicDomain, clinicDomainOf, domainPagePath, pagePath, type SitePage, sitePages } from '../site/pages'
import { CLINIC_A, CLINIC_B, clinicId } from './helpers/actors'
import { requestOnHost } from './helpers/hosts'
import { freshPayload } from './helpers/database'
import { pngFile } from './helpers/documents'
import { mailsTo } from './helpers/outbox'
import { signInOver } from './helpers/http'

const missing = missingClusterServices()
if (missing.length > 0) {
  if (process.env.CI === 'true')
    throw new Error(`The cluster tests need ${missing.join(' and ')}. ${CLUSTER_INSTALL_HINT}`)
  console.warn(`\n⚠ Cluster tests skipped (${missing.join(', ')} missing): ${CLUSTER_INSTALL_HINT}\n`)
}

/** The cluster's own build, apart from the one the other browser tests start (.next). */
const DIST_DIR = '.next-cluster'
/** How soon an edit is live on the other instance and through nginx. */
const LIVE_WITHIN_MS = 1_000

let cluster: Cluster
let payload: Payload
let databaseUrl: string
let postgres: PostgresServer & { restart: () => Promise<void> }

/** A PostgreSQL server for the cluster alone, with the demo content, which a test may stop and start. */
async function startClusterDatabase(folder: string) {
  const port = await freePort()
  const server = await startEmbeddedPostgres(folder, { port })
  postgres = {
    ...server,
    restart: async () => {
      Object.assign(postgres, await startEmbeddedPostgres(folder, { port }))
    },
  }
  await ensureDatabase(server.urlFor('postgres'), 'clinics_cluster')
  databaseUrl = server.urlFor('clinics_cluster')
  await runScript(['bootstrap/run.ts', '--seed'], { ...process.env, DATABASE_URL: databaseUrl }, 'ignore')
}

describe.skipIf(missing.length > 0)('several instances behind nginx', () => {
  let workFolder: string

  beforeAll(async () => {
    workFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'clinics-cluster-test-'))
    await startClusterDatabase(path.join(workFolder, 'postgres'))
    payload = await freshPayload(databaseUrl)
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: inject('mediaDir'),
      NEXT_DIST_DIR: DIST_DIR,
      // Through nginx every lead of the flood comes from this machine's one address.
      LEAD_RATE_LIMIT_PER_IP: '100000/600',
    }
    await runScript(['bootstrap/run.ts', 'next', 'build'], env, 'ignore')
    cluster = await startCluster({ databaseUrl, env })
    await warmUp()
  })

  afterAll(async () => {
    await cluster?.stop()
    await payload?.destroy()
    await postgres?.stop()
    await fs.rm(path.join(projectRoot, DIST_DIR), { recursive: true, force: true })
    if (workFolder) await fs.rm(workFolder, { recursive: true, force: true })
  })

  const [instanceA, instanceB] = [0, 1].map((index) => () => cluster.instances[index].url)

  /** Signs a demo account (by default the owner of clinic A) in on an instance, as the admin does. */
  const signIn = (baseUrl: string, email = demoStaffEmail('owner', CLINIC_A)) => signInOver(baseUrl, email)

  /** A REST request with a staff token, through one instance; answers the status. */
  async function asStaff(baseUrl: string, token: string, method: string, address: string, data?: object) {
    const response = await fetch(`${baseUrl}${address}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: data && JSON.stringify(data),
    })
    await response.body?.cancel()
    return response.status
  }

  /** Saves a change to clinic A as its owner through one instance (REST, as the admin does); answers the status. */
  async function editClinicA(baseUrl: string, token: string, data: Record<string, unknown>, locale?: Locale) {
    const id = await clinicId(payload, CLINIC_A)
    return asStaff(baseUrl, token, 'PATCH', `/api/clinics/${id}${locale ? `?locale=${locale}` : ''}`, data)
  }

  /** `path` on `baseUrl`, for a clinic's own domain when given (its Host, on the base's port). */
  async function visit(baseUrl: string, path: string, domain?: string) {
    if (domain) return requestOnHost(`${baseUrl}${path}`, `${domain}:${new URL(baseUrl).port}`)
    const response = await fetch(`${baseUrl}${path}`)
    return { status: response.status, body: await response.text() }
  }

  type Shows = (html: string, status: number) => boolean

  /** Milliseconds until `path` on `baseUrl` (or its `domain`) shows `shows`; fails after `withinMs`. */
  async function msUntil(baseUrl: string, path: string, shows: Shows, withinMs: number, domain?: string) {
    const started = Date.now()
    const found = await waitUntil(
      async () => {
        const { status, body } = await visit(baseUrl, path, domain)
        return shows(body, status)
      },
      withinMs,
      50,
    )
    expect(found, `${baseUrl}${path}${domain ? ` for ${domain}` : ''} within ${withinMs} ms`).toBe(true)
    return Date.now() - started
  }

  /** Waits, from now (just after a change), until the page shows `shows` on instance A, on B and through nginx. */
  const liveEverywhere = (
    page: SitePage,
    locale: Locale,
    shows: Shows,
    domain?: ClinicDomain,
    withinMs = LIVE_WITHIN_MS,
  ) =>
    Promise.all(
      [instanceA(), instanceB(), cluster.url].map((baseUrl) =>
        domain
          ? msUntil(baseUrl, domainPagePath(locale, page, domain)!, shows, withinMs, domain.domain)
          : msUntil(baseUrl, pagePath(locale, page), shows, withinMs),
      ),
    )

  /**
   * A freshly started Node process renders and saves several times slower while it compiles the code of its first
   * requests (the first edit of a new cluster on two cores took 1.4 s). Untimed, each instance saves an edit in
   * every locale and renders it; the tests then time edits at the pace of a running site.
   */
  async function warmUp() {
    const page = sitePages.clinic(CLINIC_A)
    for (const baseUrl of [instanceA(), instanceB()]) {
      const token = await signIn(baseUrl)
      for (const locale of locales) {
        const summary = `Warming up in ${locale} ${randomUUID()}`
        expect(await editClinicA(baseUrl, token, { summary }, locale)).toBe(200)
        await liveEverywhere(page, locale, (html) => html.includes(summary), undefined, 30_000)
      }
    }
  }

  /** Requests the pages on both instances and through nginx, so each is in every cache before a change. */
  async function visitEverywhere(pages: SitePage[], inLocales: readonly Locale[] = locales, domain?: ClinicDomain) {
    for (const page of pages) {
      for (const locale of inLocales) {
        for (const baseUrl of [instanceA(), instanceB(), cluster.url]) {
          const path = domain ? domainPagePath(locale, page, domain)! : pagePath(locale, page)
          expect((await visit(baseUrl, path, domain?.domain)).status).toBe(200)
        }
      }
    }
  }

  it('shows an owner’s edit saved through one instance on the other and through nginx, in every locale', async () => {
    const token = await signIn(instanceA())
    const page = sitePages.clinic(CLINIC_A)
    await visitEverywhere([page])
    for (const locale of locales) {
      const summary = `Edited through instance A in ${locale} ${randomUUID()}`
      expect(await editClinicA(instanceA(), token, { summary }, locale)).toBe(200)
      await liveEverywhere(page, locale, (html) => html.includes(summary))
    }
  })

  it('shows an edit of a clinic with its own domain on that domain, on both instances and through nginx', async () => {
    const domain = clinicDomainOf(seededClinics.find((clinic) => clinic.slug === CLINIC_B)!)!
    const token = await signIn(instanceB(), demoStaffEmail('owner', CLINIC_B))
    const page = sitePages.comparison(CLINIC_B)
    await visitEverywhere([page], ['de', 'ar'], domain)
    for (const locale of ['de', 'ar'] as const) {
      const name = `Lumen ${locale} ${randomUUID()}`
      const id = await clinicId(payload, CLINIC_B)
      expect(await asStaff(instanceB(), token, 'PATCH', `/api/clinics/${id}?locale=${locale}`, { name })).toBe(200)
      await liveEverywhere(page, locale, (html) => html.includes(name), domain)
    }
  })

  it('redirects a moved domain’s pages on both instances and through nginx, and never serves the old copy again', async () => {
    const domain = clinicDomainOf(seededClinics.find((clinic) => clinic.slug === CLINIC_B)!)!
    const page = sitePages.comparison(CLINIC_B)
    await visitEverywhere([page], ['de'], domain)
    const token = await signIn(instanceA(), DEMO_ADMIN_EMAIL)
    const id = await clinicId(payload, CLINIC_B)
    expect(
      await asStaff(instanceA(), token, 'PATCH', `/api/clinics/${id}`, { customDomain: 'lumen-berlin.example' }),
    ).toBe(200)
    // nginx refreshes a change's first pages at once; a copy it did not is replaced once it expires (whole seconds).
    const redirects = (_html: string, status: number) => status === 308
    await liveEverywhere(page, 'de', redirects, domain, 2_500)
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    for (const baseUrl of [instanceA(), instanceB(), cluster.url]) {
      expect((await visit(baseUrl, domainPagePath('de', page, domain)!, domain.domain)).status, baseUrl).toBe(308)
    }
  })

  it('sends each visitor at / to their own language through nginx, whoever came first', async () => {
    for (const [language, locale] of [
      ['ar', 'ar'],
      ['de-DE,de;q=0.9', 'de'],
      ['fr', 'fr'],
    ]) {
      const response = await fetch(`${cluster.url}/`, { headers: { 'Accept-Language': language }, redirect: 'manual' })
      expect(response.headers.get('location'), language).toMatch(new RegExp(`/${locale}$`))
    }
  })

  it('takes an unpublished clinic off every instance, and brings it back when published again', async () => {
    const token = await signIn(instanceB())
    const page = sitePages.comparison(CLINIC_A)
    await visitEverywhere([page], ['de'])
    const publish = (status: 'draft' | 'published') => editClinicA(instanceB(), token, { _status: status })
    expect(await publish('draft')).toBe(200)
    await liveEverywhere(page, 'de', (_html, status) => status === 404)
    expect(await publish('published')).toBe(200)
    await liveEverywhere(page, 'de', (_html, status) => status === 200)
  })

  it('takes a deleted practitioner off the clinic’s page on every instance and through nginx', async () => {
    const clinic = await clinicId(payload, CLINIC_A)
    const {
      docs: [practitioner],
    } = await payload.find({ collection: 'practitioners', where: { clinics: { contains: clinic } }, limit: 1 })
    const page = sitePages.clinic(CLINIC_A)
    await visitEverywhere([page], ['en'])
    const token = await signIn(instanceA())
    expect(await asStaff(instanceA(), token, 'DELETE', `/api/practitioners/${practitioner.id}`)).toBe(200)
    await liveEverywhere(page, 'en', (html) => !html.includes(practitioner.name))
  })

  it('shows a price changed by a script (Local API) on both instances and through nginx', async () => {
    const clinic = await clinicId(payload, CLINIC_A)
    const offering = (await payload.find({ collection: 'offerings', where: { clinic: { equals: clinic } }, limit: 1 }))
      .docs[0]
    const page = sitePages.comparison(CLINIC_A)
    await visitEverywhere([page], ['en'])
    const price = 1000 + Math.floor(Math.random() * 8000)
    // The script's process tells the site through the proxy (NEXT_PUBLIC_SERVER_URL), which any instance answers.
    process.env.NEXT_PUBLIC_SERVER_URL = cluster.url
    await payload.update({ collection: 'offerings', id: offering.id, data: { priceFrom: price } })
    await liveEverywhere(page, 'en', (html) => html.includes(formatPrice('en', price, offering.currency!)))
  })

  it('shows a treatment renamed by an admin on every clinic’s comparison page, everywhere', async () => {
    const clinics = await payload.find({ collection: 'clinics', where: { _status: { equals: 'published' } }, depth: 0 })
    const pages = clinics.docs.map((clinic) => sitePages.comparison(clinic.slug))
    await visitEverywhere(pages, ['en'])
    const {
      docs: [treatment],
    } = await payload.find({ collection: 'treatments', where: { slug: { equals: 'botulinum-toxin' } }, locale: 'en' })
    const token = await signIn(instanceB(), DEMO_ADMIN_EMAIL)
    const rename = (name: string) =>
      asStaff(instanceB(), token, 'PATCH', `/api/treatments/${treatment.id}?locale=en`, { name })
    const name = `Botulinum toxin ${randomUUID().slice(0, 8)}`
    expect(await rename(name)).toBe(200)
    await Promise.all(pages.map((page) => liveEverywhere(page, 'en', (html) => html.includes(name))))
    expect(await rename(treatment.name)).toBe(200)
  })

  it('serves an image uploaded through one instance from the other and through nginx (object storage)', async () => {
    const token = await signIn(instanceA())
    const { name, data } = await pngFile()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Treatment room', clinic: await clinicId(payload, CLINIC_A) }))
    const created = await fetch(`${instanceA()}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    // Stored as WebP (the upload's format options), in the bucket rather than on instance A's disk.
    for (const baseUrl of [instanceB(), cluster.url]) {
      const file = await fetch(`${baseUrl}/api/media/file/${doc.filename}`)
      expect(file.status, baseUrl).toBe(200)
      expect(file.headers.get('content-type')).toBe('image/webp')
      const bytes = Buffer.from(await file.arrayBuffer())
      expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP')
    }
    expect(await fs.readdir(inject('mediaDir')).catch(() => [])).not.toContain(doc.filename)
    // Deleted through instance B, it is gone everywhere.
    const deleted = await fetch(`${instanceB()}/api/media/${doc.id}`, {
      method: 'DELETE',
      headers: { Authorization: `JWT ${token}` },
    })
    expect(deleted.status).toBe(200)
    expect((await fetch(`${instanceA()}/api/media/file/${doc.filename}`)).status).toBe(404)
  })

  it('keeps serving pages while Redis is away, and brings an edit made meanwhile to every instance once it is back', async () => {
    const page = sitePages.clinic(CLINIC_A)
    const token = await signIn(instanceA())
    await cluster.redis.stop()
    for (const locale of locales) {
      for (const baseUrl of [instanceA(), instanceB(), cluster.url]) {
        expect((await fetch(`${baseUrl}${pagePath(locale, page)}`)).status).toBe(200)
      }
    }
    // Saved while Redis is away: instance A shows it at once; Redis, restarted with its old copy of the page,
    // must hear of it from A.
    const summary = `Edited while Redis was away ${randomUUID()}`
    expect(await editClinicA(instanceA(), token, { summary }, 'en')).toBe(200)
    const shows = (html: string) => html.includes(summary)
    await msUntil(instanceA(), pagePath('en', page), shows, LIVE_WITHIN_MS)
    await new Promise((resolve) => setTimeout(resolve, 5_000))
    await cluster.redis.start()
    // The instances reconnect within about two seconds, then A tells Redis what it missed.
    await msUntil(instanceB(), pagePath('en', page), shows, 5_000)
    await msUntil(cluster.url, pagePath('en', page), shows, 5_000)
    // And edits are shared again.
    const after = `Edited after Redis came back ${randomUUID()}`
    expect(await editClinicA(instanceA(), token, { summary: after }, 'en')).toBe(200)
    await liveEverywhere(page, 'en', (html) => html.includes(after))
  })

  /**
   * Sends `count` leads through nginx from 20 visitors, each retrying until acknowledged as the form does with its
   * idempotency key (a tenth sent twice), and runs `midway` once 150 are in. Answers the acknowledged leads' ids by
   * key and every answer that was not an acknowledgement.
   */
  async function flood(run: string, count: number, midway: () => Promise<void>) {
    const keys = Array.from({ length: count }, (_, n) => `cluster-${run}-${n}`)
    const acknowledged = new Map<string, number>()
    const refusals: { status: number; retryAfter: string | null }[] = []
    const send = async (key: string, n: number) => {
      const { method, headers, body, path: address } = consultationRequest(key, n)
      for (let attempt = 0; attempt < 80; attempt += 1) {
        const response = await fetch(`${cluster.url}${address}`, { method, headers, body }).catch(() => undefined)
        // An answer cut off by the instance's death is no acknowledgement: sent again with its key.
        const lead = response?.status === 201 ? await response.json().catch(() => undefined) : undefined
        if (lead) {
          acknowledged.set(key, lead.id)
          return
        }
        if (response && response.status !== 201) {
          refusals.push({ status: response.status, retryAfter: response.headers.get('retry-after') })
          await response.body?.cancel()
        }
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    let next = 0
    const visitor = async () => {
      while (next < keys.length) {
        const n = next++
        await send(keys[n], n)
        // A tenth of the visitors send their lead twice (a double click, a retry): still one lead.
        if (n % 10 === 0) await send(keys[n], n)
      }
    }
    const visitors = Promise.all(Array.from({ length: 20 }, visitor))
    await waitUntil(() => acknowledged.size >= 150, 60_000, 50)
    await midway()
    await visitors
    return { keys, acknowledged, refusals }
  }

  /** Every acknowledged lead of the run is stored once, and both its mails are sent (once each: by its job). */
  async function expectStoredAndMailedOnce(run: string, keys: string[]) {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ email: string; count: string }>(
        `SELECT email, count(*) AS count FROM leads WHERE email LIKE $1 GROUP BY email`,
        [`cluster-${run}-%`],
      )
      expect(rows.length).toBe(keys.length)
      expect(rows.filter((row) => row.count !== '1')).toEqual([])
      // Every notification sent once, by whichever runner took it.
      expect(await waitUntil(async () => (await notificationJobsLeft(client)).left === 0, 120_000)).toBe(true)
    } finally {
      await client.end()
    }
    for (const key of keys.slice(0, 40)) expect(await mailsTo(`${key}@example.com`)).toHaveLength(1)
  }

  it('stores and mails each lead of a flood through nginx once, even when an instance dies in the middle', async () => {
    const run = randomUUID().slice(0, 8)
    const { keys, acknowledged } = await flood(run, 600, () => cluster.instances[0].kill())
    expect(acknowledged.size).toBe(keys.length)
    // Its runner's jobs are taken by the others once their lease ends; it comes back as a restarted instance would.
    await cluster.instances[0].restart()
    await expectStoredAndMailedOnce(run, keys)
  })

  it('answers leads 503 with Retry-After while PostgreSQL restarts mid-flood, and loses none', async () => {
    const run = randomUUID().slice(0, 8)
    const { keys, acknowledged, refusals } = await flood(run, 400, async () => {
      await postgres.stop()
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      await postgres.restart()
    })
    expect(acknowledged.size).toBe(keys.length)
    // The visitors were told to come back, never shown an error.
    expect(refusals.length).toBeGreaterThan(0)
    expect(refusals.filter((refusal) => refusal.status !== 503 || !refusal.retryAfter)).toEqual([])
    await expectStoredAndMailedOnce(run, keys)
  })
})
