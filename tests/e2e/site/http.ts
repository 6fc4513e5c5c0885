/** Redirects, caching headers, the sitemap, robots.txt, 404s, health checks and the REST API, over plain HTTP. */
import net from 'node:net'
import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'

import { type Locale, locales } from '../../../i18n/locales'
import { slugify } from '../../../domain/slug'
import type { Article, Clinic } from '../../../payload-types'
import { demoStaffEmail } from '../../../seed/content/users'
import { ALL, pagePath, type SitePage, sitePages } from '../../../site/pages'
import { CLINIC_A, clinicId } from '../../helpers/actors'
import { freshDatabase } from '../../helpers/database'
import { freePort } from '../../../bootstrap/freePort'
import { exitOf, spawnScript } from '../../../bootstrap/scripts'
import { server, payload, urlOf, loginToken, alternatesOf, publicPageTypes } from './context'

export function servedOverHttp() {
  describe('the production server over HTTP', () => {
    it('redirects a request without a locale by Accept-Language', async () => {
      const response = await fetch(`${server.url}/`, {
        redirect: 'manual',
        headers: { 'Accept-Language': 'de-DE,de;q=0.9,en;q=0.5' },
      })
      expect(response.status).toBe(307)
      expect(new URL(response.headers.get('location')!, server.url).pathname).toBe('/de')
    })

    it('redirects an address without a locale, and a folder address, to the locale’s own address', async () => {
      const withoutLocale = await fetch(`${server.url}/clinics/${CLINIC_A}`, {
        redirect: 'manual',
        headers: { 'Accept-Language': 'fr' },
      })
      expect(withoutLocale.status).toBe(307)
      expect(new URL(withoutLocale.headers.get('location')!, server.url).pathname).toBe(
        pagePath('fr', sitePages.clinic(CLINIC_A)),
      )
      const folderAddress = await fetch(`${server.url}/de/clinics/${CLINIC_A}`, { redirect: 'manual' })
      expect(folderAddress.status).toBe(308)
      expect(folderAddress.headers.get('location')).toBe(pagePath('de', sitePages.clinic(CLINIC_A)))
    })

    it('accepts no connection while it starts until it is connected to its database and ready', async () => {
      // A second server on the same build, as an instance restarting beside a running one, on a database of its own
      // so that its sessions can be counted.
      const database = await freshDatabase()
      const port = await freePort()
      const starting = spawnScript(['bootstrap/run.ts', 'next', 'start', '-p', String(port)], {
        env: { ...process.env, DATABASE_URL: database, JOBS_IN_APP: 'false', MEDIA_DIR: inject('mediaDir') },
        stdio: ['ignore', 'ignore', 'inherit'],
      })
      const exited = exitOf(starting)
      const accepts = () =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => {
            socket.destroy()
            resolve(true)
          })
          socket.on('error', () => resolve(false))
        })
      try {
        for (const deadline = Date.now() + 120_000; !(await accepts()) && Date.now() < deadline;) {
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
        // `next start` listened before anything had connected to the database: the first visitors waited for it.
        const client = new pg.Client({ connectionString: database })
        await client.connect()
        const { rows } = await client.query<{ sessions: number }>(
          'SELECT count(*)::int AS sessions FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
        )
        await client.end()
        expect(rows[0].sessions).toBeGreaterThan(0)
        const first = await fetch(`http://127.0.0.1:${port}/api/ready`)
        expect(first.status).toBe(200)
        expect(await first.json()).toMatchObject({ status: 'ready' })
      } finally {
        starting.kill('SIGTERM')
        expect(await exited).toBe(0)
      }
    })

    it('serves every public page type from the cache, without cookies, so a shared cache can keep it', async () => {
      for (const locale of locales) {
        for (const page of await publicPageTypes(locale)) {
          const response = await fetch(urlOf(locale, page))
          expect(response.status, urlOf(locale, page)).toBe(200)
          expect(response.headers.get('set-cookie'), urlOf(locale, page)).toBeNull()
          expect(response.headers.get('cache-control'), urlOf(locale, page)).toMatch(/s-maxage=\d+/)
        }
      }
    })

    it('lists every localized page in /sitemap.xml, each with all its alternates', async () => {
      const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
      const entries = [...sitemap.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry]) => ({
        loc: entry.match(/<loc>(.*?)<\/loc>/)![1],
        alternates: Object.fromEntries(
          [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
            ([, lang, href]) => [lang, href],
          ),
        ),
      }))
      const [clinics, treatments, practitioners, articles] = await Promise.all(
        (['clinics', 'treatments', 'practitioners', 'articles'] as const).map((collection) =>
          payload.find({
            collection,
            locale: 'all',
            depth: 0,
            pagination: false,
            where: { _status: { equals: 'published' } },
          }),
        ),
      )
      const expected: ((locale: Locale) => SitePage)[] = [
        () => sitePages.home,
        () => sitePages.articles,
        // A clinic with its own domain has its pages in that domain's sitemap (tests/e2e/clinic-domains.test.ts).
        ...(clinics.docs as Clinic[])
          .filter((clinic) => !clinic.customDomain)
          .flatMap((clinic) => [() => sitePages.clinic(clinic.slug), () => sitePages.comparison(clinic.slug)]),
        // The directory, each country's clinics and each city's (named by its English name).
        () => sitePages.directory(ALL, ALL),
        ...[
          ...new Set(
            (clinics.docs as Clinic[]).flatMap(({ address }) => {
              const country = address.countryCode.toLowerCase()
              const city = slugify((address.city as unknown as Record<Locale, string>).en)
              return [`${country}/${ALL}`, `${country}/${city}`]
            }),
          ),
        ].map((selection) => () => sitePages.directory(selection.split('/')[0], selection.split('/')[1])),
        ...treatments.docs.map((treatment) => () => sitePages.treatment(treatment.slug)),
        ...practitioners.docs.map((practitioner) => () => sitePages.practitioner(practitioner.slug)),
        ...articles.docs
          .filter(
            (article) =>
              !(clinics.docs as Clinic[]).find((clinic) => clinic.id === (article as Article).clinic)?.customDomain,
          )
          .map(
            (article) => (locale: Locale) =>
              sitePages.article((article.slug as unknown as Record<Locale, string>)[locale]),
          ),
      ]
      expect(entries).toHaveLength(expected.length * locales.length)
      for (const pageIn of expected) {
        const alternates = alternatesOf(pageIn)
        for (const locale of locales) {
          const entry = entries.find((candidate) => candidate.loc === urlOf(locale, pageIn(locale)))
          expect(entry, urlOf(locale, pageIn(locale))).toBeDefined()
          expect(entry!.alternates).toEqual(alternates)
        }
      }
    })

    it('serves robots.txt that points to the sitemap and keeps crawlers out of the admin', async () => {
      const robots = await (await fetch(`${server.url}/robots.txt`)).text()
      expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`)
      expect(robots).toMatch(/Disallow: \/admin/)
    })

    it('answers unknown slugs and addresses with a 404', async () => {
      const unknownAddresses = [
        '/de/kliniken/gibt-es-nicht',
        '/fr/articles/inconnu',
        '/en/no-such-page',
        '/ar/treatments/x',
      ]
      for (const url of unknownAddresses) expect((await fetch(`${server.url}${url}`)).status, url).toBe(404)
    })

    it('answers GET /api/clinics?locale=de with the seeded clinics in German', async () => {
      const response = await fetch(`${server.url}/api/clinics?locale=de&depth=0`)
      const body = await response.json()
      expect(body.docs.map((clinic: { name: string }) => clinic.name).sort()).toEqual([
        'Lumen Klinik Berlin-Mitte',
        'Lumen Klinik Jumeirah',
        'Lumen Klinik Marylebone',
      ])
    })

    it('answers the liveness and readiness checks a proxy or orchestrator polls, never from a cache', async () => {
      const health = await fetch(`${server.url}/api/health`)
      expect(health.status).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok' })
      const ready = await fetch(`${server.url}/api/ready`)
      expect(ready.status).toBe(200)
      const state = await ready.json()
      expect(state).toMatchObject({ status: 'ready', pool: { max: 10 } })
      expect(state).toHaveProperty('oldestQueuedJobSeconds')
      for (const response of [health, ready]) expect(response.headers.get('cache-control')).toBe('no-store')
    })

    it('refuses an unsigned revalidation request', async () => {
      const response = await fetch(`${server.url}/api/revalidate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-revalidate-signature': 'forged' },
        body: JSON.stringify({ paths: ['/en'] }),
      })
      expect(response.status).toBe(401)
    })

    it('gives a logged-in owner their own clinic’s leads and no others', async () => {
      const token = await loginToken(demoStaffEmail('owner', CLINIC_A))
      const leads = await (
        await fetch(`${server.url}/api/leads?limit=100&depth=0`, { headers: { Authorization: `JWT ${token}` } })
      ).json()
      const own = await clinicId(payload, CLINIC_A)
      expect(leads.totalDocs).toBe(
        (await payload.count({ collection: 'leads', where: { clinic: { equals: own } } })).totalDocs,
      )
      expect(leads.docs.every((lead: { clinic: number }) => lead.clinic === own)).toBe(true)
    })
  })
}
