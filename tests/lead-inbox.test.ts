/**
 * The marketer's inbox: where each lead came from (its source, and its site in each admin language), filters by
 * source and date, an assignee from the lead's own clinic, the dashboard's figures, and the wall between clinics on
 * every channel (REST, GraphQL, Local API, count, export, dashboard).
 */
import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { type ComponentType, createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../bootstrap/paths'
import { leadAdminComponents } from '../leads'
import { LeadSiteCell, LeadSiteField } from '../leads/admin/LeadSite'
import { leadStats } from '../leads/admin/stats'
import { leadSource, OTHER_SITE } from '../domain/leadSource'
import { adminText } from '../i18n/adminTexts'
import { type Locale, locales } from '../i18n/locales'
import { demoStaffEmail } from '../seed/content/users'
import { attempt, CLINIC_A, CLINIC_B, signInAs, userByEmail, userFor } from './helpers/actors'
import type { ApiClient } from './helpers/http'
import { fromNewAddress, leadRequest, submitLead } from './helpers/leads'
import { seededPlatform, type TwoClinics } from './helpers/platform'

let payload: Payload
let api: ApiClient
let clinic: TwoClinics

beforeAll(async () => {
  ;({ payload, api, clinic } = await seededPlatform())
})

describe('source', () => {
  it('names the campaign, the ad network, the referring site or “direct”', () => {
    expect(leadSource({ firstTouch: { utm_source: 'Google ' }, lastTouch: { utm_source: 'Newsletter' } })).toBe(
      'newsletter',
    )
    expect(leadSource({ firstTouch: { utm_source: 'google' }, lastTouch: { referrer: 'https://x.com/' } })).toBe(
      'google',
    )
    expect(leadSource({ lastTouch: { gclid: 'Cj0' } })).toBe('google-ads')
    expect(leadSource({ firstTouch: { fbclid: 'IwA' } })).toBe('meta-ads')
    expect(leadSource({ firstTouch: { referrer: 'https://www.instagram.com/p/1' } })).toBe('instagram.com')
    expect(leadSource({ firstTouch: { landingPage: '/en' } })).toBe('direct')
    expect(leadSource(undefined)).toBe('direct')
  })

  it('is stored with each submitted lead and filters the inbox together with the date', async () => {
    const submitted = await submitLead(
      api,
      leadRequest({ locale: 'fr', attribution: { lastTouch: { utm_source: 'podcast', utm_medium: 'audio' } } }),
    )
    expect(submitted.status).toBe(201)
    const token = await signInAs(api, 'marketer')
    const since = new Date(Date.now() - 60_000).toISOString()
    const today = await api.request(
      'GET',
      `/leads?depth=0&where[source][equals]=podcast&where[createdAt][greater_than_equal]=${since}`,
      { token },
    )
    expect(today.json.docs.map((lead: { id: number }) => lead.id)).toEqual([submitted.json.id])
    const lastYear = await api.request(
      'GET',
      `/leads?depth=0&where[source][equals]=podcast&where[createdAt][less_than]=${since}`,
      { token },
    )
    expect(lastYear.json.docs).toEqual([])
  })

  it('cannot be rewritten by staff', async () => {
    const token = await signInAs(api, 'marketer')
    const lead = (await payload.find({ collection: 'leads', where: { clinic: { equals: clinic.a } }, limit: 1 }))
      .docs[0]
    await api.request('PATCH', `/leads/${lead.id}`, {
      token,
      body: { source: 'forged', anonymizedAt: new Date().toISOString() },
    })
    const stored = await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })
    expect([stored.source, stored.anonymizedAt]).toEqual([lead.source, lead.anonymizedAt ?? null])
  })
})

describe('site', () => {
  const clinicsDomain = 'berlin-mitte.example'
  /** A lead for clinic B sent with this Host header through the intake; answers the stored lead. */
  async function leadSentOn(host: string) {
    const response = await submitLead(api, leadRequest({ clinic: clinic.b }), { ...fromNewAddress(), Host: host })
    expect(response.status).toBe(201)
    return payload.findByID({ collection: 'leads', id: response.json.id, depth: 0 })
  }
  /** The lead list's Site cell, or the sidebar's Site, as Payload renders it for an admin language. */
  const rendered = (component: typeof LeadSiteCell | typeof LeadSiteField, host: string, language: Locale) => {
    const props = { cellData: host, data: { host }, i18n: { language } }
    return renderToStaticMarkup(createElement(component as unknown as ComponentType<typeof props>, props))
  }

  it('names a lead sent on a host neither the platform’s nor the clinic’s “Another address”, in each admin language', async () => {
    const lead = await leadSentOn('made-up-host.example')
    expect(lead.host).toBe(OTHER_SITE)
    for (const locale of locales) {
      for (const component of [LeadSiteCell, LeadSiteField]) {
        const html = rendered(component, lead.host!, locale)
        expect(html).toContain(`>${adminText('leads.otherSite')[locale]}</span>`)
        expect(html).toContain(`title="${adminText('leads.otherSiteHint')[locale]}"`)
        expect(html).not.toContain(`>${OTHER_SITE}<`)
      }
      expect(rendered(LeadSiteField, lead.host!, locale)).toContain(adminText('fields.leads.host._label')[locale])
      expect(rendered(LeadSiteField, lead.host!, locale)).toContain(adminText('fields.leads.host._description')[locale])
    }
  })

  it('shows the clinic’s domain or the platform’s host a lead was sent on as it is, left to right', async () => {
    for (const host of [clinicsDomain, 'localhost']) {
      const lead = await leadSentOn(`${host}:3000`)
      expect(lead.host).toBe(host)
      expect(rendered(LeadSiteCell, lead.host!, 'ar')).toBe(`<bdi dir="ltr">${host}</bdi>`)
    }
  })

  it('is shown by those components in the list and the sidebar, which the admin’s import map names', async () => {
    const leads = payload.config.collections.find((collection) => collection.slug === 'leads')!
    const site = leads.fields.find((field) => 'name' in field && field.name === 'host')!
    expect(site.admin?.components).toMatchObject({
      Cell: leadAdminComponents.siteCell,
      Field: leadAdminComponents.siteField,
    })
    const importMap = readFileSync(path.join(projectRoot, 'app/(payload)/admin/importMap.js'), 'utf8')
    for (const component of [leadAdminComponents.siteCell, leadAdminComponents.siteField]) {
      expect(importMap).toContain(`"${component}":`)
    }
  })
})

describe('assignee', () => {
  it('can be an owner or marketer of the lead’s clinic, never an editor or another clinic’s staff', async () => {
    const token = await signInAs(api, 'marketer')
    const lead = (await payload.find({ collection: 'leads', where: { clinic: { equals: clinic.a } }, limit: 1 }))
      .docs[0]
    const assign = (email: string) =>
      userByEmail(payload, email).then((user) =>
        api.request('PATCH', `/leads/${lead.id}`, { token, body: { assignee: user.id, status: 'contacted' } }),
      )

    const owner = await assign(demoStaffEmail('owner', CLINIC_A))
    expect(owner.status).toBe(200)
    expect(owner.json.doc.assignee.email).toBe(demoStaffEmail('owner', CLINIC_A))

    for (const email of [demoStaffEmail('editor', CLINIC_A), demoStaffEmail('marketer', CLINIC_B)]) {
      const refused = await assign(email)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('owner or marketer of this lead’s clinic')
    }
    const stored = await payload.findByID({ collection: 'leads', id: lead.id, depth: 1 })
    expect((stored.assignee as { email: string }).email).toBe(demoStaffEmail('owner', CLINIC_A))
  })
  it('offers exactly the owners and marketers of the lead’s clinic, each by name', async () => {
    const lead = (await payload.find({ collection: 'leads', where: { clinic: { equals: clinic.a } }, limit: 1 }))
      .docs[0]
    const assignee = payload.collections.leads.config.fields.find(
      (field) => 'name' in field && field.name === 'assignee',
    ) as { filterOptions: (args: unknown) => Promise<object | false> }
    const req = { payload, user: await userFor(payload, 'marketer') }
    const offered = await assignee.filterOptions({ data: lead, req, siblingData: lead, relationTo: 'users' })
    const { docs } = await payload.find({ collection: 'users', where: offered as never, depth: 0, pagination: false })
    expect(docs.map((user) => user.email).sort()).toEqual(
      [demoStaffEmail('marketer', CLINIC_A), demoStaffEmail('owner', CLINIC_A)].sort(),
    )
    expect(payload.collections.users.config.admin.useAsTitle).toBe('name')
    expect(docs.every((user) => user.name && !user.name.includes('@'))).toBe(true)
  })

  it('lists an account created without a name by the part of its email before the @', async () => {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `sam.rivera.${randomUUID().slice(0, 8)}@example.com`,
        password: 'a-long-password',
        role: 'staff',
        language: 'en',
      },
    })
    expect(user.name).toBe(user.email.split('@')[0])
    const renamed = await payload.update({ collection: 'users', id: user.id, data: { name: 'Sam Rivera' } })
    expect(renamed.name).toBe('Sam Rivera')
  })
})

describe('notes', () => {
  it('are added with their author and time set by the server, and never rewritten or removed by staff', async () => {
    const token = await signInAs(api, 'marketer')
    const marketer = await userByEmail(payload, demoStaffEmail('marketer', CLINIC_A))
    const lead = await payload.create({
      collection: 'leads',
      context: { disableNotifications: true },
      data: {
        clinic: clinic.a,
        name: 'Noor Haddad',
        email: `noor.${randomUUID()}@example.com`,
        locale: 'en',
        status: 'new',
        consent: { version: 'test', givenAt: new Date().toISOString() },
        notes: [{ text: 'Called, no answer.' }],
      },
    })
    const earlier = lead.notes!
    const save = (notes: unknown, language = 'en') =>
      api.request('PATCH', `/leads/${lead.id}`, { token, headers: { 'Accept-Language': language }, body: { notes } })

    // The form may claim another author and time: the server writes who saved, and when.
    const added = await save([...earlier, { text: 'Booked for Tuesday 11:00.', author: 1, at: '2001-01-01T00:00:00Z' }])
    expect(added.status).toBe(200)
    const [first, second] = (await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })).notes!
    expect(first).toMatchObject({ id: earlier[0].id, text: 'Called, no answer.' })
    expect(second).toMatchObject({ text: 'Booked for Tuesday 11:00.', author: marketer.id })
    expect(Date.now() - new Date(second.at!).getTime()).toBeLessThan(60_000)

    const rewritten = await save([{ ...first, text: 'Never called.' }, second], 'de')
    expect(rewritten.status).toBe(400)
    expect(rewritten.text).toContain('Notizen können nur hinzugefügt werden')
    expect((await save([second])).status).toBe(400)
    expect((await save([])).status).toBe(400)
    const stored = (await payload.findByID({ collection: 'leads', id: lead.id, depth: 0 })).notes!
    expect(stored.map((note) => note.text)).toEqual(['Called, no answer.', 'Booked for Tuesday 11:00.'])
  })
})

describe('dashboard figures', () => {
  it('count this week per clinic and source, and 30 days per day, over the leads the user may read', async () => {
    const admin = await userFor(payload, 'admin')
    const marketer = await userFor(payload, 'marketer')
    const [all, own] = [await leadStats(payload, admin), await leadStats(payload, marketer)]
    const monday = new Date()
    monday.setUTCHours(0, 0, 0, 0)
    monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7))
    const countSince = (since: Date, clinicId?: number) =>
      payload
        .count({
          collection: 'leads',
          where: {
            createdAt: { greater_than_equal: since.toISOString() },
            ...(clinicId ? { clinic: { equals: clinicId } } : {}),
          },
        })
        .then((result) => result.totalDocs)

    expect(all!.thisWeek.total).toBe(await countSince(monday))
    expect(own!.thisWeek.total).toBe(await countSince(monday, clinic.a))
    const { name } = await payload.findByID({ collection: 'clinics', id: clinic.a, depth: 0 })
    expect(own!.thisWeek.byClinic.map((row) => row.clinic)).toEqual(own!.thisWeek.total ? [name] : [])
    expect(own!.thisWeek.bySource.reduce((sum, row) => sum + row.count, 0)).toBe(own!.thisWeek.total)

    expect(all!.perDay).toHaveLength(30)
    const firstDay = new Date(`${all!.perDay[0].day}T00:00:00Z`)
    expect(all!.perDay.reduce((sum, day) => sum + day.count, 0)).toBe(await countSince(firstDay))
    expect(own!.perDay.reduce((sum, day) => sum + day.count, 0)).toBe(await countSince(firstDay, clinic.a))
    expect(await leadStats(payload, await userFor(payload, 'editor'))).toBeNull()
    expect(await leadStats(payload, null)).toBeNull()
  })
})

describe('another clinic’s leads', () => {
  let leadOfB: number
  beforeAll(async () => {
    const { docs } = await payload.find({ collection: 'leads', where: { clinic: { equals: clinic.b } }, limit: 1 })
    leadOfB = docs[0].id
  })

  it('stay out of reach of clinic A’s marketer through the Local API, counts included', async () => {
    const user = await userFor(payload, 'marketer')
    const local = { overrideAccess: false, user, depth: 0 } as const
    expect(await attempt(() => payload.findByID({ collection: 'leads', id: leadOfB, ...local }))).toBe('denied')
    const counted = await payload.count({ collection: 'leads', where: { clinic: { equals: clinic.b } }, ...local })
    expect(counted.totalDocs).toBe(0)
    const found = await payload.find({ collection: 'leads', where: { clinic: { equals: clinic.b } }, ...local })
    expect(found.docs).toEqual([])
    expect(
      await attempt(() =>
        payload.update({ collection: 'leads', id: leadOfB, data: { notes: [{ text: 'x' }] }, ...local }),
      ),
    ).toBe('denied')
  })

  it('stay out of reach over GraphQL, counts included', async () => {
    const token = await signInAs(api, 'marketer')
    const counted = await api.graphql(`{ countLeads(where: { clinic: { equals: ${clinic.b} } }) { totalDocs } }`, token)
    expect(counted.json.data.countLeads.totalDocs).toBe(0)
    const updated = await api.graphql(
      // A valid mutation (GraphQL's update input asks for the required consent group), refused by access alone.
      `mutation { updateLead(id: ${leadOfB}, data: { consent: { version: "t", givenAt: "2026-01-01T00:00:00Z" }, notes: [{ text: "x" }] }) { id } }`,
      token,
    )
    expect(updated.json.errors?.[0]?.extensions?.statusCode).toBe(403)
    const notes = (await payload.findByID({ collection: 'leads', id: leadOfB, depth: 0 })).notes ?? []
    expect(notes.map((note) => note.text)).not.toContain('x')
  })

  it('are never exported, even when asked for by clinic', async () => {
    const token = await signInAs(api, 'marketer')
    const exported = await api.request('GET', `/leads/export.csv?where[clinic][equals]=${clinic.b}`, { token })
    expect(exported.status).toBe(200)
    expect(exported.text.trim().split('\r\n')).toHaveLength(1)
  })

  it('are refused to editors and visitors over every channel', async () => {
    const editor = await signInAs(api, 'editor')
    expect((await api.request('GET', '/leads/count', { token: editor })).status).toBe(403)
    expect((await api.request('GET', '/leads/count')).status).toBe(403)
    for (const token of [editor, undefined]) {
      const counted = await api.graphql('{ countLeads { totalDocs } }', token)
      expect(counted.json.data?.countLeads ?? null).toBeNull()
      const listed = await api.graphql('{ Leads { docs { id email } } }', token)
      expect(listed.json.data?.Leads ?? null).toBeNull()
    }
    const user = await userFor(payload, 'editor')
    expect(await attempt(() => payload.count({ collection: 'leads', overrideAccess: false, user }))).toBe('denied')
  })

  it('keep their CRM secret from everyone but the clinic’s owner and admins', async () => {
    await payload.update({ collection: 'clinics', id: clinic.a, data: { crmWebhook: { url: 'https://crm.test/a' } } })
    const readBy = async (token?: string) =>
      (await api.request('GET', `/clinics/${clinic.a}?depth=0&draft=true`, { token })).json?.crmWebhook
    expect((await readBy(await signInAs(api, 'owner')))?.secret).toMatch(/^whsec_/)
    for (const token of [
      await signInAs(api, 'editor'),
      await signInAs(api, 'marketer'),
      await signInAs(api, 'owner', CLINIC_B),
      undefined,
    ]) {
      expect(await readBy(token)).toBeUndefined()
    }
  })
})
