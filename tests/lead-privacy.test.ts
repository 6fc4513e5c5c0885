/**
 * Privacy: leads older than their clinic's retention period are anonymized by the nightly job, and an admin can
 * erase every lead of one email address, with a count of what changed.
 */
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sql } from '@payloadcms/db-postgres'

import { ANONYMIZED_NAME, anonymizeExpiredLeads } from '../leads/privacy/retention'
import { runDueJobs } from '../jobs/runner'
import { CLINIC_A, CLINIC_B, clinicId, signInAs } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

const MONTH = 30 * 24 * 60 * 60 * 1000

async function storeLead(clinic: number, email: string, monthsAgo: number) {
  return payload.create({
    collection: 'leads',
    context: { disableNotifications: true },
    data: {
      clinic,
      name: 'Jamie Doe',
      email,
      phone: '+447700900999',
      message: 'About my frown lines',
      notes: [{ text: 'Called back on Monday' }],
      locale: 'en',
      status: 'new',
      consent: { version: 'test', givenAt: new Date().toISOString() },
      attribution: {
        firstTouch: {
          utm_source: 'google',
          utm_campaign: 'spring',
          gclid: 'Cj0-private',
          referrer: 'https://google.com/',
        },
      },
      createdAt: new Date(Date.now() - monthsAgo * MONTH).toISOString(),
    },
  })
}

const reload = (id: number) => payload.findByID({ collection: 'leads', id, depth: 0, disableErrors: true })

describe('retention', () => {
  it('anonymizes each clinic’s leads once its own retention period has passed, and keeps the statistics', async () => {
    const london = await clinicId(payload, CLINIC_A)
    const berlin = await clinicId(payload, CLINIC_B)
    await payload.update({ collection: 'clinics', id: berlin, data: { leadRetentionMonths: 6 } })

    const londonDefault = await payload.findByID({ collection: 'clinics', id: london, depth: 0 })
    expect(londonDefault.leadRetentionMonths).toBe(24)

    const londonOld = await storeLead(london, `old.${randomUUID()}@example.com`, 25)
    const londonRecent = await storeLead(london, `recent.${randomUUID()}@example.com`, 12)
    const berlinOld = await storeLead(berlin, `old.${randomUUID()}@example.com`, 7)
    const berlinRecent = await storeLead(berlin, `recent.${randomUUID()}@example.com`, 5)

    expect(await anonymizeExpiredLeads(payload)).toBe(2)

    for (const lead of [londonOld, berlinOld]) {
      const anonymized = await reload(lead.id)
      expect(anonymized).toMatchObject({
        name: ANONYMIZED_NAME,
        email: null,
        phone: null,
        message: null,
        notes: [],
        source: 'google',
        status: 'new',
        consent: { version: 'test' },
        attribution: { firstTouch: { utm_campaign: 'spring', gclid: null, referrer: null } },
      })
      expect(anonymized?.anonymizedAt).toBeTruthy()
    }
    for (const lead of [londonRecent, berlinRecent]) {
      expect(await reload(lead.id)).toMatchObject({ name: 'Jamie Doe', email: lead.email, anonymizedAt: null })
    }
    // Anonymized leads stay anonymized: a second run changes nothing.
    expect(await anonymizeExpiredLeads(payload)).toBe(0)
  })

  it('runs as a scheduled job', async () => {
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'anonymizeExpiredLeads')
    expect(task?.schedule?.[0]?.cron).toBe('0 0 3 * * *')
    const london = await clinicId(payload, CLINIC_A)
    const old = await storeLead(london, `job.${randomUUID()}@example.com`, 30)
    await payload.jobs.queue({ task: 'anonymizeExpiredLeads', input: {} })
    await runDueJobs(payload)
    expect((await reload(old.id))?.name).toBe(ANONYMIZED_NAME)
  })

  it('lets only admins and the clinic’s owner see or change the period', async () => {
    const owner = await signInAs(api, 'owner')
    const editor = await signInAs(api, 'editor')
    const london = await clinicId(payload, CLINIC_A)
    const asOwner = await api.request('PATCH', `/clinics/${london}`, {
      token: owner,
      body: { leadRetentionMonths: 12 },
    })
    expect(asOwner.status).toBe(200)
    expect(asOwner.json.doc.leadRetentionMonths).toBe(12)
    const asEditor = await api.request('GET', `/clinics/${london}`, { token: editor })
    expect(asEditor.json).not.toHaveProperty('leadRetentionMonths')
    const asVisitor = await api.request('GET', `/clinics/${london}`)
    expect(asVisitor.json).not.toHaveProperty('leadRetentionMonths')
    expect(asVisitor.json).not.toHaveProperty('crmWebhook')
  })
})

describe('erasure by email address', () => {
  it('anonymizes every lead of one address across clinics and reports how many', async () => {
    const email = `erase.${randomUUID()}@example.com`
    const leads = [
      await storeLead(await clinicId(payload, CLINIC_A), email, 1),
      await storeLead(await clinicId(payload, CLINIC_B), email, 0),
    ]
    const bystander = await storeLead(await clinicId(payload, CLINIC_A), `other.${randomUUID()}@example.com`, 0)
    const admin = await signInAs(api, 'admin')

    const response = await api.request('POST', '/leads/erase', {
      token: admin,
      body: { email: email.toUpperCase(), mode: 'anonymize' },
    })
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ count: 2, mode: 'anonymize' })
    for (const lead of leads) expect(await reload(lead.id)).toMatchObject({ name: ANONYMIZED_NAME, email: null })
    expect((await reload(bystander.id))?.email).toBe(bystander.email)

    const again = await api.request('POST', '/leads/erase', { token: admin, body: { email, mode: 'anonymize' } })
    expect(again.json.count).toBe(0)
  })

  it('deletes every lead of one address on request', async () => {
    const email = `delete.${randomUUID()}@example.com`
    const lead = await storeLead(await clinicId(payload, CLINIC_A), email, 0)
    const admin = await signInAs(api, 'admin')
    const response = await api.request('POST', '/leads/erase', { token: admin, body: { email, mode: 'delete' } })
    expect(response.json).toEqual({ count: 1, mode: 'delete' })
    expect(await reload(lead.id)).toBeNull()
  })

  it('is refused to everyone but platform admins, and to malformed requests', async () => {
    const email = `kept.${randomUUID()}@example.com`
    const lead = await storeLead(await clinicId(payload, CLINIC_A), email, 0)
    const owner = await signInAs(api, 'owner')
    const marketer = await signInAs(api, 'marketer')
    for (const token of [undefined, owner, marketer]) {
      const response = await api.request('POST', '/leads/erase', { token, body: { email, mode: 'delete' } })
      expect(response.status).toBe(403)
    }
    const admin = await signInAs(api, 'admin')
    const malformed = await api.request('POST', '/leads/erase', { token: admin, body: { email, mode: 'shred' } })
    expect(malformed.status).toBe(400)
    expect((await reload(lead.id))?.email).toBe(email)
  })
})

describe('rate-limit counters', () => {
  it('are forgotten by the hourly job once their window is a day old, except the daily spam tallies', async () => {
    const address = `ip:192.0.2.${Math.floor(Math.random() * 250)}`
    const counters = async () =>
      (
        (await payload.db.drizzle.execute(
          sql`SELECT "bucket", "window_start" < now() - interval '1 day' AS "old" FROM "rate_limit_counters"
              WHERE "bucket" IN (${address}, 'spam:honeypot') ORDER BY 1, 2`,
        )) as unknown as { rows: { bucket: string; old: boolean }[] }
      ).rows
    await payload.db.drizzle.execute(sql`
      INSERT INTO "rate_limit_counters" ("bucket", "window_start", "count") VALUES
        (${address}, now() - interval '2 days', 3), (${address}, now(), 1), ('spam:honeypot', now() - interval '2 days', 4)
      ON CONFLICT DO NOTHING`)
    const task = payload.config.jobs.tasks?.find((candidate) => candidate.slug === 'forgetOldRateLimitCounters')
    expect(task?.schedule?.[0]?.cron).toBe('0 0 * * * *')
    await payload.jobs.queue({ task: 'forgetOldRateLimitCounters', input: {} })
    await runDueJobs(payload)
    expect(await counters()).toEqual([
      { bucket: address, old: false },
      { bucket: 'spam:honeypot', old: true },
    ])
  })
})
