/**
 * A clinic's own domain (issue 13, "Managing domains"): only platform admins set it, it is a valid host name of
 * the clinic's own, and the domains a clinic leaves are remembered for their old hosts to redirect, by the
 * platform alone. Through REST with real logins and the Local API as a user, against the seeded database.
 */
import type { Payload, Where } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { seed } from '../seed'
import { demoStaffEmail } from '../seed/content/users'
import { isKnownClinicHost, KNOWN_SITE_HEADER, markKnownSiteRequest } from '../site/clinicHosts'
import { platformHostName } from '../domain/hosts.mjs'
import { CLINIC_A, CLINIC_B, clinicId, signInAs, userByEmail } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { proxyAnswer } from './helpers/proxy'
import { createAsSystem, newDocumentData } from './helpers/documents'
import { apiClient } from './helpers/http'
import { CLINIC_DOMAIN_ROUTES } from '../site/clinicDomainRoutes.mjs'
import { domainRoutePattern, type SitePage } from '../site/pages'

// Outside the Next server there is no page cache: record what a change asks Next to revalidate.
const revalidated = vi.hoisted(() => [] as string[])
vi.mock('next/cache', () => ({ revalidatePath: (path: string) => revalidated.push(path) }))

let payload: Payload
let api: ReturnType<typeof apiClient>
const tokens = { admin: '', owner: '' }
let clinicA = 0

beforeAll(async () => {
  payload = await freshPayload()
  const { default: config } = await import('@payload-config')
  api = apiClient(config)
  clinicA = await clinicId(payload, CLINIC_A)
  tokens.admin = await signInAs(api, 'admin')
  tokens.owner = await signInAs(api, 'owner')
})

afterEach(() => {
  vi.unstubAllEnvs()
})

/** The clinic as stored and served (its published row), whoever asks. */
const stored = (id: number) => payload.findByID({ collection: 'clinics', id, depth: 0 })
const formerOf = async (id: number) => ((await stored(id)).formerDomains ?? []).map((row) => row.domain)

/** A new published clinic of nobody's staff, with `customDomain` set by the system. */
const newClinic = async (customDomain: string | null = null) => {
  const id = await createAsSystem(payload, 'clinics', 0)
  if (customDomain) await setAsSystem(id, customDomain)
  return id
}
const setAsSystem = (id: number, customDomain: string | null) =>
  payload.update({ collection: 'clinics', id, data: { customDomain }, context: { disableRevalidate: true } })

const patch = (id: number, body: Record<string, unknown>, token: string, headers?: Record<string, string>) =>
  api.request('PATCH', `/clinics/${id}`, { token, body, headers })

/** The messages of a refused save, by field path. */
const errorsOf = (response: Awaited<ReturnType<typeof patch>>) =>
  (response.json.errors[0].data.errors as { path: string; message: string }[]).map(
    ({ path, message }) => `${path}: ${message}`,
  )

describe('who sets a clinic’s domain', () => {
  it('does not let the clinic’s owner set, change or remove it over REST, though they see it', async () => {
    expect((await stored(clinicA)).customDomain ?? null).toBeNull()
    await patch(clinicA, { customDomain: 'owner-choice.example' }, tokens.owner)
    expect((await stored(clinicA)).customDomain ?? null).toBeNull()

    await setAsSystem(clinicA, 'marylebone.example')
    for (const customDomain of ['owner-choice.example', null, '']) {
      await patch(clinicA, { customDomain }, tokens.owner)
      expect((await stored(clinicA)).customDomain).toBe('marylebone.example')
    }
    const read = await api.request('GET', `/clinics/${clinicA}?depth=0`, { token: tokens.owner })
    expect(read.json.customDomain).toBe('marylebone.example')
    expect(await formerOf(clinicA)).toEqual([])
  })

  it('does not let the owner change it through the Local API acting as them', async () => {
    await setAsSystem(clinicA, 'marylebone.example')
    const owner = await userByEmail(payload, demoStaffEmail('owner', CLINIC_A))
    await payload.update({
      collection: 'clinics',
      id: clinicA,
      data: { customDomain: 'owner-choice.example' },
      overrideAccess: false,
      user: owner,
      context: { disableRevalidate: true },
    })
    expect((await stored(clinicA)).customDomain).toBe('marylebone.example')
  })

  it('lets an admin set it, stored trimmed and in lower case, an international name in its ASCII form, without a zone file’s dot', async () => {
    const id = await newClinic()
    const response = await patch(id, { customDomain: '  Lumen-London.EXAMPLE ' }, tokens.admin)
    expect(response.status).toBe(200)
    expect((await stored(id)).customDomain).toBe('lumen-london.example')

    expect((await patch(id, { customDomain: 'Zahnärzte-Berlin.de.' }, tokens.admin)).status).toBe(200)
    expect((await stored(id)).customDomain).toBe('xn--zahnrzte-berlin-3kb.de')
  })

  it('keeps every language’s texts when it is set while editing one language', async () => {
    const english = (await stored(clinicA)).name
    const response = await api.request('PATCH', `/clinics/${clinicA}?locale=de`, {
      token: tokens.admin,
      body: { name: 'Lumen Klinik Marylebone, London', customDomain: 'lumen-marylebone.example' },
    })
    expect(response.status).toBe(200)
    const [inEnglish, inGerman] = await Promise.all(
      (['en', 'de'] as const).map((locale) =>
        payload.findByID({ collection: 'clinics', id: clinicA, locale, depth: 0 }),
      ),
    )
    expect(inEnglish.name).toBe(english)
    expect(inGerman.name).toBe('Lumen Klinik Marylebone, London')
    expect(inGerman.customDomain).toBe('lumen-marylebone.example')
  })

  it('lets an admin remove it, and several clinics then have none', async () => {
    const [first, second] = [await newClinic('first-removed.example'), await newClinic('second-removed.example')]
    expect((await patch(first, { customDomain: '' }, tokens.admin)).status).toBe(200)
    expect((await patch(second, { customDomain: '  ' }, tokens.admin)).status).toBe(200)
    expect((await stored(first)).customDomain ?? null).toBeNull()
    expect((await stored(second)).customDomain ?? null).toBeNull()
  })
})

describe('who sets a clinic’s domain over GraphQL', () => {
  const staff = ['owner', 'editor'] as const
  const staffTokens = { owner: '', editor: '' }

  beforeAll(async () => {
    staffTokens.owner = tokens.owner
    staffTokens.editor = await signInAs(api, 'editor')
  })

  /**
   * updateClinic as the schema names it: the domain and the phone (which the clinic's staff may change), with the
   * address and position the schema requires in every update.
   */
  const updateClinic = async (id: number, customDomain: string | null, phone: string, token: string) => {
    const { address, geo } = await stored(id)
    return api.graphql(
      'mutation ($id: Int!, $data: mutationClinicUpdateInput!) { updateClinic(id: $id, data: $data) { id customDomain phone } }',
      token,
      { id, data: { address, geo, customDomain, phone } },
    )
  }
  /** createClinic as the schema names it, with a domain (and the choice the schema requires, its default elsewhere). */
  const createClinic = async (customDomain: string, token: string) => {
    const data = { ...(await newDocumentData(payload, 'clinics', 0)), untranslatedLanguages: 'fallback', customDomain }
    return api.graphql(
      'mutation ($data: mutationClinicInput!) { createClinic(data: $data) { id customDomain } }',
      token,
      {
        data,
      },
    )
  }
  const clinicsWith = async (customDomain: string) =>
    (await payload.find({ collection: 'clinics', where: { customDomain: { equals: customDomain } }, depth: 0 })).docs

  it.each(staff)(
    'does not let the clinic’s %s set, change or remove it with updateClinic, though the rest saves',
    async (role) => {
      await setAsSystem(clinicA, null)
      for (const [index, customDomain] of [`${role}-choice.example`, null].entries()) {
        const phone = `+44 20 7946 01${index}0`
        const { json } = await updateClinic(clinicA, customDomain, phone, staffTokens[role])
        expect(json.errors).toBeUndefined()
        expect((await stored(clinicA)).phone).toBe(phone)
        expect((await stored(clinicA)).customDomain ?? null).toBeNull()
      }
      await setAsSystem(clinicA, 'marylebone.example')
      for (const customDomain of [`${role}-choice.example`, null, '']) {
        await updateClinic(clinicA, customDomain, '+44 20 7946 0200', staffTokens[role])
        expect((await stored(clinicA)).customDomain).toBe('marylebone.example')
      }
      expect(await clinicsWith(`${role}-choice.example`)).toEqual([])
    },
  )

  it.each(staff)('does not let the clinic’s %s create a clinic with a domain with createClinic', async (role) => {
    const { json } = await createClinic(`${role}-new.example`, staffTokens[role])
    expect(json.data?.createClinic ?? null).toBeNull()
    // Refused for who asks (the same data creates the admin's clinic below), not for the data.
    expect(json.errors.map((error: { message: string }) => error.message)).toEqual([
      'You are not allowed to perform this action.',
    ])
    expect(await clinicsWith(`${role}-new.example`)).toEqual([])
  })

  it('lets an admin set, change and remove it with updateClinic, and create a clinic with one', async () => {
    const id = await newClinic()
    for (const customDomain of ['graphql-set.example', 'graphql-changed.example', null]) {
      const { json } = await updateClinic(id, customDomain, '+44 20 7946 0300', tokens.admin)
      expect(json.errors).toBeUndefined()
      expect(json.data.updateClinic.customDomain ?? null).toBe(customDomain)
      expect((await stored(id)).customDomain ?? null).toBe(customDomain)
    }
    const created = await createClinic('GraphQL-New.example', tokens.admin)
    expect(created.json.errors).toBeUndefined()
    expect((await stored(created.json.data.createClinic.id)).customDomain).toBe('graphql-new.example')
  })
})

// next-intl's middleware (the platform's language redirect at `/`) does not load outside Next; it is not under test.
vi.mock('next-intl/middleware', () => ({ default: () => () => new Response(null, { status: 307 }) }))

describe('the hosts the proxy takes for clinics’ domains', () => {
  it('are the published clinics’ domains, now and before: a domain an admin gives or moves counts at once', async () => {
    expect(await isKnownClinicHost('berlin-mitte.example')).toBe(true)
    const id = await newClinic()
    expect(await isKnownClinicHost('proxy-given.example')).toBe(false)
    expect((await patch(id, { customDomain: 'proxy-given.example' }, tokens.admin)).status).toBe(200)
    expect(await isKnownClinicHost('proxy-given.example')).toBe(true)
    expect((await patch(id, { customDomain: 'proxy-moved.example' }, tokens.admin)).status).toBe(200)
    expect(await isKnownClinicHost('proxy-moved.example')).toBe(true)
    // Its old host redirects to the new one.
    expect(await isKnownClinicHost('proxy-given.example')).toBe(true)
  })

  it('let a clinic’s domain and the platform through to their pages', async () => {
    for (const address of ['/de', '/de/botox-oder-filler', '/sitemap.xml', '/robots.txt']) {
      expect(await proxyAnswer('berlin-mitte.example', address), address).toBe('next')
      expect(await proxyAnswer('localhost:3000', address), address).toBe('next')
    }
    expect(await proxyAnswer('berlin-mitte.example', '/')).toBe('/site/berlin-mitte.example')
    expect(await proxyAnswer('berlin-mitte.example', '/wp-login.php')).toBe('/site/berlin-mitte.example/en/not-a-page')
  })

  /** The mark bootstrap/server.ts gives a request for `host` before Next sees it, when the client sent its own. */
  async function serverMark(host: string) {
    const headers: Record<string, string | undefined> = { host, [KNOWN_SITE_HEADER]: '1' }
    await markKnownSiteRequest(headers)
    return headers[KNOWN_SITE_HEADER]
  }

  it('are marked by the production server as known sites, as is the platform, so their pages skip the proxy', async () => {
    for (const host of ['berlin-mitte.example', 'berlin-mitte.example:3000', platformHostName(), 'localhost:3000']) {
      expect(await serverMark(host), host).toBe('1')
    }
    for (const host of ['127.0.0.1:3000', '[::1]:3000']) expect(await serverMark(host), host).toBe('1')
  })

  it('are the only hosts marked: a made-up host’s own claim to the mark is removed', async () => {
    for (const host of ['x3f9a0c7.example', 'x3f9a0c7.example:3000', 'evil_host', '']) {
      expect(await serverMark(host), host).toBeUndefined()
    }
  })

  it('send every address of a host no clinic has to one 404, in the address’s language or else the visitor’s', async () => {
    const host = 'x3f9a0c7.example'
    expect(await isKnownClinicHost(host)).toBe(false)
    for (const address of ['/', '/robots.txt', '/sitemap.xml', '/sitemap/0.xml', '/wp-login.php', '/kliniken']) {
      expect(await proxyAnswer(host, address, { 'Accept-Language': 'fr-CH, fr;q=0.9' }), address).toBe('/no-site/fr')
    }
    expect(await proxyAnswer(host, '/', { 'Accept-Language': 'ar' })).toBe('/no-site/ar')
    expect(await proxyAnswer(host, '/', { 'Accept-Language': 'ja' })).toBe('/no-site/en')
    expect(await proxyAnswer(host, '/de/botox-oder-filler', { 'Accept-Language': 'fr' })).toBe('/no-site/de')
    expect(await proxyAnswer('evil_host', '/es', { 'Accept-Language': 'fr' })).toBe('/no-site/es')
  })
})

describe('what a clinic’s domain may be', () => {
  let kept = 0
  it.each([
    ['LocalHost', 'localhost is an address of the platform itself (its own host name, localhost or an IP address).'],
    ['127.0.0.1', '127.0.0.1 is an address of the platform itself'],
    ['203.0.113.7', '203.0.113.7 is an address of the platform itself'],
    ['http://x.de', 'Enter the host name only, without https:// or a path: x.de'],
    ['https://www.lumen-berlin.de/de', 'Enter the host name only, without https:// or a path: www.lumen-berlin.de'],
    ['lumen berlin.de', 'Use a host name such as clinic.example.com.'],
    ['lumen-berlin', 'Use a host name such as clinic.example.com.'],
  ])('refuses %j with a message saying why, and keeps the domain it had', async (customDomain, message) => {
    const id = await newClinic(`kept-${(kept += 1)}.example`)
    const before = await stored(id)
    const response = await patch(id, { customDomain }, tokens.admin)
    expect(response.status).toBe(400)
    expect(errorsOf(response)).toEqual([expect.stringContaining(`customDomain: ${message}`)])
    const after = await stored(id)
    expect(after.customDomain).toBe(before.customDomain)
    expect(after.formerDomains).toEqual([])
  })

  it('refuses the platform’s own host name', async () => {
    vi.stubEnv('NEXT_PUBLIC_SERVER_URL', 'https://lumen-platform.example')
    const id = await newClinic()
    const response = await patch(id, { customDomain: 'Lumen-Platform.example' }, tokens.admin)
    expect(response.status).toBe(400)
    expect(errorsOf(response)).toEqual([
      'customDomain: lumen-platform.example is an address of the platform itself (its own host name, localhost or an IP address). Enter the clinic’s own domain.',
    ])
    expect((await stored(id)).customDomain ?? null).toBeNull()
  })

  it('refuses another clinic’s domain, naming that clinic, in the admin’s language', async () => {
    const id = await newClinic('own-domain.example')
    const response = await patch(id, { customDomain: 'BERLIN-MITTE.example' }, tokens.admin, {
      'Accept-Language': 'de',
    })
    expect(response.status).toBe(400)
    expect(errorsOf(response)).toEqual(['customDomain: Lumen Klinik Berlin-Mitte verwendet diese Domain bereits.'])
    expect((await stored(id)).customDomain).toBe('own-domain.example')
    expect((await stored(await clinicId(payload, CLINIC_B))).customDomain).toBe('berlin-mitte.example')
  })

  it('leaves the domain out of a duplicated clinic, which would otherwise take another clinic’s', async () => {
    const id = await newClinic('original.example')
    const copy = await api.request('POST', `/clinics/${id}/duplicate`, { token: tokens.admin })
    expect(copy.status).toBe(200)
    expect(copy.json.doc.customDomain ?? null).toBeNull()
    expect((await stored(id)).customDomain).toBe('original.example')
  })
})

describe('former domains', () => {
  it('remembers each domain a clinic leaves, most recent first, and forgets one it takes back', async () => {
    const id = await newClinic()
    for (const [customDomain, former] of [
      ['first.example', []],
      ['second.example', ['first.example']],
      ['', ['second.example', 'first.example']],
      ['first.example', ['second.example']],
      ['third.example', ['first.example', 'second.example']],
    ] as const) {
      expect((await patch(id, { customDomain }, tokens.admin)).status).toBe(200)
      expect(await formerOf(id), `after ${customDomain || 'removing it'}`).toEqual(former)
    }
    // Saving the clinic for anything else keeps them.
    expect((await patch(id, { phone: '+44 20 7946 0001' }, tokens.admin)).status).toBe(200)
    expect(await formerOf(id)).toEqual(['first.example', 'second.example'])
  })

  it('remembers only domains that were live, not one tried in a draft', async () => {
    const id = await newClinic('live.example')
    const draft = await api.request('PATCH', `/clinics/${id}?draft=true`, {
      token: tokens.admin,
      body: { customDomain: 'draft-only.example', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    // Visitors are still served the published domain.
    expect((await stored(id)).customDomain).toBe('live.example')
    expect(await formerOf(id)).toEqual([])

    expect((await patch(id, { customDomain: 'published.example', _status: 'published' }, tokens.admin)).status).toBe(
      200,
    )
    expect((await stored(id)).customDomain).toBe('published.example')
    expect(await formerOf(id)).toEqual(['live.example'])
  })

  it('cannot be written by anyone: not an admin over REST, not the owner, not a script', async () => {
    const id = await newClinic('current.example')
    await patch(id, { customDomain: 'next.example' }, tokens.admin)
    const forged = [{ domain: 'forged.example' }]

    await patch(id, { formerDomains: forged }, tokens.admin)
    await patch(clinicA, { formerDomains: forged }, tokens.owner)
    await payload.update({
      collection: 'clinics',
      id,
      data: { formerDomains: forged },
      context: { disableRevalidate: true },
    })
    await payload.update({
      collection: 'clinics',
      id,
      data: { formerDomains: [] },
      context: { disableRevalidate: true },
    })
    expect(await formerOf(id)).toEqual(['current.example'])
    expect(await formerOf(clinicA)).not.toContain('forged.example')

    const created = await api.request('POST', '/clinics', {
      token: tokens.admin,
      body: { ...(await newDocumentData(payload, 'clinics', 0)), formerDomains: forged },
    })
    expect(created.status).toBe(201)
    expect(created.json.doc.formerDomains).toEqual([])
  })
})

describe('a domain two clinics have held', () => {
  /** What clinicOfDomain (queries/clinics.ts) looks up, as a visitor: the clinic on the domain, then those it left. */
  const visitorsFind = async (where: Where) =>
    (
      await payload.find({
        collection: 'clinics',
        where,
        overrideAccess: false,
        draft: false,
        depth: 0,
        pagination: false,
      })
    ).docs.map((clinic) => clinic.id)
  const onDomain = (domain: string) => visitorsFind({ customDomain: { equals: domain } })
  const leftBy = (domain: string) => visitorsFind({ 'formerDomains.domain': { equals: domain } })
  const versionsOf = async (id: number) =>
    (await payload.countVersions({ collection: 'clinics', where: { parent: { equals: id } } })).totalDocs

  it('redirects to the clinic that held it last: A leaves it, B takes it, B removes it', async () => {
    const a = await newClinic('a-first.example')
    const b = await newClinic()
    expect((await patch(a, { customDomain: 'held-twice.example' }, tokens.admin)).status).toBe(200)
    expect((await patch(a, { customDomain: 'a-now.example' }, tokens.admin)).status).toBe(200)
    expect(await formerOf(a)).toEqual(['held-twice.example', 'a-first.example'])
    const versionsOfA = await versionsOf(a)

    expect((await patch(b, { customDomain: 'held-twice.example' }, tokens.admin)).status).toBe(200)
    // A keeps its other former domains, in order; nothing else of A is saved again (no new version, no hooks).
    expect(await formerOf(a)).toEqual(['a-first.example'])
    expect(await versionsOf(a)).toBe(versionsOfA)
    expect(await onDomain('held-twice.example')).toEqual([b])
    expect(await leftBy('held-twice.example')).toEqual([])

    expect((await patch(b, { customDomain: '' }, tokens.admin)).status).toBe(200)
    expect(await formerOf(a)).toEqual(['a-first.example'])
    expect(await formerOf(b)).toEqual(['held-twice.example'])
    expect(await onDomain('held-twice.example')).toEqual([])
    expect(await leftBy('held-twice.example')).toEqual([b])
  })

  it('stays with the clinic that left it while another clinic tries it only in a draft, until that one is published', async () => {
    const a = await newClinic('tried-in-draft.example')
    await setAsSystem(a, null)
    const b = await newClinic('b-own.example')
    const draft = await api.request('PATCH', `/clinics/${b}?draft=true`, {
      token: tokens.admin,
      body: { customDomain: 'tried-in-draft.example', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect(await formerOf(a)).toEqual(['tried-in-draft.example'])
    expect(await leftBy('tried-in-draft.example')).toEqual([a])

    expect((await patch(b, { _status: 'published' }, tokens.admin)).status).toBe(200)
    expect((await stored(b)).customDomain).toBe('tried-in-draft.example')
    expect(await formerOf(a)).toEqual([])
    expect(await formerOf(b)).toEqual(['b-own.example'])
  })

  it('leaves the clinic that left it when a new clinic is created with it', async () => {
    const a = await newClinic('given-to-new.example')
    await setAsSystem(a, 'a-moved.example')
    const created = await api.request('POST', '/clinics', {
      token: tokens.admin,
      body: { ...(await newDocumentData(payload, 'clinics', 0)), customDomain: 'given-to-new.example' },
    })
    expect(created.status).toBe(201)
    expect(await formerOf(a)).toEqual([])
    expect(await onDomain('given-to-new.example')).toEqual([created.json.doc.id])
  })
})

describe('the demo', () => {
  it('gives Berlin Mitte its domain, and gives it back when seeded again', async () => {
    const berlin = await clinicId(payload, CLINIC_B)
    expect((await stored(berlin)).customDomain).toBe('berlin-mitte.example')
    await setAsSystem(berlin, null)
    expect(await formerOf(berlin)).toEqual(['berlin-mitte.example'])

    await seed(payload)
    expect((await stored(berlin)).customDomain).toBe('berlin-mitte.example')
    expect(await formerOf(berlin)).toEqual([])
  })
})

describe('the pages of a host whose clinic changes', () => {
  // A clinic with no practitioners or articles of its own: no change of its content would refresh those pages.
  const everyDomainRoute = CLINIC_DOMAIN_ROUTES.map((route) => domainRoutePattern(route as SitePage['pathname']))
  const saveRevalidates = async (id: number, data: Record<string, unknown>) => {
    revalidated.length = 0
    await payload.update({ collection: 'clinics', id, data })
    return revalidated
  }

  it('refreshes every page a clinic domain shows when a domain is given, moved or removed', async () => {
    const id = await newClinic()
    for (const customDomain of ['given.example', 'moved.example', null]) {
      expect(await saveRevalidates(id, { customDomain }), `${customDomain}`).toEqual(
        expect.arrayContaining(everyDomainRoute),
      )
    }
  })

  it('leaves the other clinics’ domain pages alone when the domain stays', async () => {
    const id = await newClinic('stays.example')
    const paths = await saveRevalidates(id, { phone: '+49 30 1234567' })
    expect(paths.length).toBeGreaterThan(0)
    expect(paths).not.toContain(domainRoutePattern('/practitioners/[practitioner]'))
    expect(paths).not.toContain(domainRoutePattern('/articles/[article]'))
  })
})
