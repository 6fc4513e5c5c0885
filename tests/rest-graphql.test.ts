/** Cross-clinic attempts over REST and GraphQL with real logins of the seeded demo users. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signInAs } from './helpers/actors'
import type { ApiClient } from './helpers/http'
import { seededPlatform, type TwoClinics } from './helpers/platform'

let payload: Payload
let api: ApiClient
let clinic: TwoClinics
let leadOfB: number

beforeAll(async () => {
  ;({ payload, api, clinic } = await seededPlatform())
  const { docs } = await payload.find({
    collection: 'leads',
    where: { clinic: { equals: clinic.b } },
    limit: 1,
    depth: 0,
  })
  leadOfB = docs[0].id
})

describe('visitors over REST', () => {
  it('reads the published clinics in German, without staff-only fields', async () => {
    const { status, json } = await api.request('GET', '/clinics?locale=de&depth=0')
    expect(status).toBe(200)
    expect(json.totalDocs).toBe(3)
    const names = json.docs.map((doc: { name: string }) => doc.name).sort()
    expect(names).toEqual(['Lumen Klinik Berlin-Mitte', 'Lumen Klinik Jumeirah', 'Lumen Klinik Marylebone'])
    expect(json.docs.every((doc: Record<string, unknown>) => !('leadNotificationEmail' in doc))).toBe(true)
  })

  it('cannot read leads or users, nor sign up', async () => {
    expect((await api.request('GET', '/leads')).status).toBe(403)
    expect((await api.request('GET', `/leads/${leadOfB}`)).status).toBe(403)
    expect((await api.request('GET', '/users')).status).toBe(403)
    const signUp = await api.request('POST', '/users', {
      body: { email: 'visitor@example.com', password: 'a-long-password' },
    })
    expect(signUp.status).toBe(403)
    expect(
      (await payload.count({ collection: 'users', where: { email: { equals: 'visitor@example.com' } } })).totalDocs,
    ).toBe(0)
  })
})

describe.each(['owner', 'marketer'] as const)('clinic A’s %s over REST', (role) => {
  let token: string
  beforeAll(async () => {
    token = await signInAs(api, role)
  })

  it('gets exactly clinic A’s leads from GET /api/leads', async () => {
    const { status, json } = await api.request('GET', '/leads?limit=100&depth=0', { token })
    expect(status).toBe(200)
    const expected = await payload.count({ collection: 'leads', where: { clinic: { equals: clinic.a } } })
    expect(json.totalDocs).toBe(expected.totalDocs)
    expect(json.docs.every((lead: { clinic: number }) => lead.clinic === clinic.a)).toBe(true)
  })

  it('cannot read, filter for, count or update another clinic’s lead', async () => {
    expect([403, 404]).toContain((await api.request('GET', `/leads/${leadOfB}`, { token })).status)
    const filtered = await api.request('GET', `/leads?where[clinic][equals]=${clinic.b}`, { token })
    expect(filtered.json.totalDocs).toBe(0)
    const counted = await api.request('GET', `/leads/count?where[clinic][equals]=${clinic.b}`, { token })
    expect(counted.json.totalDocs).toBe(0)
    const before = await payload.findByID({ collection: 'leads', id: leadOfB, depth: 0 })
    const update = await api.request('PATCH', `/leads/${leadOfB}`, { token, body: { status: 'won' } })
    expect([403, 404]).toContain(update.status)
    expect((await payload.findByID({ collection: 'leads', id: leadOfB, depth: 0 })).status).toBe(before.status)
  })

  it('cannot update another clinic', async () => {
    const update = await api.request('PATCH', `/clinics/${clinic.b}`, { token, body: { phone: '+49 30 0000 0000' } })
    expect([403, 404]).toContain(update.status)
    expect((await payload.findByID({ collection: 'clinics', id: clinic.b, depth: 0 })).phone).toBe('+49 30 5557 1200')
  })
})

describe('clinic A’s editor over REST', () => {
  it('is refused the leads', async () => {
    const token = await signInAs(api, 'editor')
    expect((await api.request('GET', '/leads', { token })).status).toBe(403)
  })
})

describe('privilege escalation over REST', () => {
  it('does not let an owner grant themselves admin or another clinic', async () => {
    const token = await signInAs(api, 'owner')
    const me = await api.request('GET', '/users/me', { token })
    const update = await api.request('PATCH', `/users/${me.json.user.id}`, {
      token,
      body: { role: 'admin', memberships: [{ clinic: clinic.b, role: 'owner' }] },
    })
    expect(update.status).toBe(200)
    const stored = await payload.findByID({ collection: 'users', id: me.json.user.id, depth: 0 })
    expect(stored.role).toBe('staff')
    expect(stored.memberships?.map((membership) => membership.clinic)).toEqual([clinic.a])
    const clinics = await api.request('GET', '/clinics?depth=0', { token: await signInAs(api, 'owner') })
    expect(clinics.json.docs.map((doc: { id: number }) => doc.id)).toEqual([clinic.a])
  })
})

describe.each(['owner', 'marketer'] as const)('clinic A’s %s over GraphQL', (role) => {
  let token: string
  beforeAll(async () => {
    token = await signInAs(api, role)
  })

  it('lists only clinic A’s leads', async () => {
    const { json } = await api.graphql('{ Leads(limit: 100) { totalDocs docs { id clinic { id } } } }', token)
    expect(json.errors).toBeUndefined()
    const expected = await payload.count({ collection: 'leads', where: { clinic: { equals: clinic.a } } })
    expect(json.data.Leads.totalDocs).toBe(expected.totalDocs)
    expect(json.data.Leads.docs.every((lead: { clinic: { id: number } }) => lead.clinic.id === clinic.a)).toBe(true)
  })

  it('cannot read another clinic’s lead or change another clinic', async () => {
    const read = await api.graphql(`{ Lead(id: ${leadOfB}) { id name } }`, token)
    expect(read.json.data?.Lead ?? null).toBeNull()
    expect(read.json.errors?.length).toBeGreaterThan(0)
    const mutation = await api.graphql(
      `mutation { updateClinic(id: ${clinic.b}, data: { phone: "+49 1" }) { id } }`,
      token,
    )
    expect(mutation.json.errors?.length).toBeGreaterThan(0)
    expect((await payload.findByID({ collection: 'clinics', id: clinic.b, depth: 0 })).phone).toBe('+49 30 5557 1200')
  })
})

describe('visitors over GraphQL', () => {
  it('get no leads and no users', async () => {
    const leads = await api.graphql('{ Leads { totalDocs docs { id } } }')
    expect(leads.json.data?.Leads ?? null).toBeNull()
    expect(leads.json.errors?.length).toBeGreaterThan(0)
    const users = await api.graphql('{ Users { docs { email } } }')
    expect(users.json.data?.Users ?? null).toBeNull()
  })
})
