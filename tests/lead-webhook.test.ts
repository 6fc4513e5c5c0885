/**
 * The per-clinic CRM webhook: each new lead is POSTed to the clinic's URL, signed as Standard Webhooks do, and a
 * CRM that is down gets the lead once it answers again.
 */
import { createHmac, randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs } from '../jobs/runner'
import { CLINIC_A, clinicId, signInAs } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'
import { leadRequest, submitLead } from './helpers/leads'

// The test CRM listens on 127.0.0.1, which webhooks may reach only with this test-only switch (see
// domain/webhookDestination.ts); the 'private addresses' tests below turn it off.
process.env.CRM_WEBHOOK_ALLOW_PRIVATE = 'true'

type Delivery = { headers: Record<string, string | string[] | undefined>; body: string }

let payload: Payload
let api: ReturnType<typeof apiClient>
let crm: Server
let crmUrl: string
const deliveries: Delivery[] = []
/** What the CRM answers next; 503 plays a CRM that is down. */
let crmStatus = 200

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
  crm = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body })
      response.writeHead(crmStatus).end()
    })
  })
  await new Promise<void>((resolve) => crm.listen(0, '127.0.0.1', resolve))
  crmUrl = `http://127.0.0.1:${(crm.address() as AddressInfo).port}/hooks/leads`
})

afterAll(() => new Promise((resolve) => crm?.close(resolve)))

/** The receiving side of Standard Webhooks, written from the specification rather than from our signer. */
function verify({ headers, body }: Delivery, secret: string): boolean {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const key = Buffer.from(secret.split('_')[1], 'base64')
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return String(headers['webhook-signature'])
    .split(' ')
    .some((signature) => signature === `v1,${expected}`)
}

/** Mia's consultation request for clinic A under `email`, through the intake; answers the new lead's id. */
async function submitMiasRequest(email: string) {
  const response = await submitLead(
    api,
    leadRequest({
      treatment: 'botulinum-toxin',
      name: 'Mia Chen',
      email,
      attribution: { firstTouch: { utm_source: 'Newsletter', utm_campaign: 'winter' } },
    }),
  )
  expect(response.status).toBe(201)
  return response.json.id as number
}

/** Runs due jobs, fast-forwarding any retry waiting for its backoff. */
async function runJobsNow() {
  await payload.update({ collection: 'payload-jobs', where: {}, data: { waitUntil: null } })
  await runDueJobs(payload)
}

describe('CRM webhook', () => {
  it('gives a clinic a signing secret when it sets a URL', async () => {
    const clinic = await payload.update({
      collection: 'clinics',
      id: await clinicId(payload, CLINIC_A),
      data: { crmWebhook: { url: crmUrl } },
    })
    expect(clinic.crmWebhook?.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
  })

  it('posts each new lead to the clinic’s CRM with a valid Standard Webhooks signature', async () => {
    const email = `mia.${randomUUID()}@example.com`
    const leadId = await submitMiasRequest(email)
    await runDueJobs(payload)

    const delivery = deliveries.find((candidate) => candidate.body.includes(email))!
    expect(delivery).toBeDefined()
    const clinic = await payload.findByID({ collection: 'clinics', id: await clinicId(payload, CLINIC_A) })
    expect(verify(delivery, clinic.crmWebhook!.secret!)).toBe(true)
    expect(verify({ ...delivery, body: delivery.body.replace('Mia', 'Eve') }, clinic.crmWebhook!.secret!)).toBe(false)
    expect(delivery.headers['webhook-id']).toBe(`msg_lead_${leadId}`)
    expect(Math.abs(Number(delivery.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60)
    expect(JSON.parse(delivery.body)).toMatchObject({
      type: 'lead.created',
      data: {
        id: leadId,
        clinic: { slug: CLINIC_A },
        treatment: 'botulinum-toxin',
        email,
        source: 'newsletter',
        consent: { version: expect.any(String) },
        attribution: { firstTouch: { utm_campaign: 'winter' } },
      },
    })
  })

  it('keeps retrying while the CRM is down and delivers once it is back', async () => {
    crmStatus = 503
    const email = `retry.${randomUUID()}@example.com`
    const leadId = await submitMiasRequest(email)
    await runJobsNow()
    await runJobsNow()
    const refused = deliveries.filter((candidate) => candidate.body.includes(email))
    expect(refused.length).toBe(2)
    const [job] = (
      await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'sendCrmWebhook' } }, { 'input.lead': { equals: leadId } }] },
      })
    ).docs
    expect(job).toMatchObject({ hasError: false, completedAt: null })

    crmStatus = 200
    await runJobsNow()
    const all = deliveries.filter((candidate) => candidate.body.includes(email))
    expect(all.length).toBe(3)
    // The same message each time, so the CRM can drop repeats.
    expect(new Set(all.map((delivery) => delivery.headers['webhook-id']))).toEqual(new Set([`msg_lead_${leadId}`]))
    // Payload removes a job once it has succeeded.
    expect(await payload.findByID({ collection: 'payload-jobs', id: job.id, disableErrors: true })).toBeNull()
  })

  it('queues nothing for a clinic without a webhook', async () => {
    const berlinLead = await payload.create({
      collection: 'leads',
      data: {
        clinic: await clinicId(payload, 'berlin-mitte'),
        name: 'No Hook',
        email: `nohook.${randomUUID()}@example.com`,
        locale: 'de',
        status: 'new',
        consent: { version: 'test', givenAt: new Date().toISOString() },
      },
    })
    const jobs = await payload.find({ collection: 'payload-jobs', where: { 'input.lead': { equals: berlinLead.id } } })
    expect(jobs.docs.map((job) => job.taskSlug).sort()).toEqual(['confirmToVisitor', 'notifyClinic'])
  })
})

describe('CRM webhook to a private address', () => {
  let listener: Server
  let port: number
  let connections = 0

  beforeAll(async () => {
    delete process.env.CRM_WEBHOOK_ALLOW_PRIVATE
    listener = createServer((_request, response) => response.writeHead(200).end())
    listener.on('connection', () => (connections += 1))
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
    port = (listener.address() as AddressInfo).port
  })

  afterAll(async () => {
    process.env.CRM_WEBHOOK_ALLOW_PRIVATE = 'true'
    await new Promise((resolve) => listener?.close(resolve))
  })

  const privateUrls = [
    'https://127.0.0.1:1234/x',
    'http://[::1]/',
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.1',
    'https://172.16.5.4/',
    'https://192.168.1.1/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://[fd00:ec2::254]/',
    'https://[fe80::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://0x7f.1/',
    'https://localhost/hooks',
  ]

  it.each([
    ['the clinic’s owner', 'owner'],
    ['a platform admin', 'admin'],
  ] as const)('is refused when %s saves it, also as a name that resolves there', async (_who, actor) => {
    const id = await clinicId(payload, CLINIC_A)
    const before = (await payload.findByID({ collection: 'clinics', id, depth: 0 })).crmWebhook?.url
    const token = await signInAs(api, actor)
    for (const url of privateUrls) {
      const response = await api.request('PATCH', `/clinics/${id}`, { token, body: { crmWebhook: { url } } })
      expect(response.status, url).toBe(400)
      expect(response.text, url).toContain('leads into a private network')
    }
    expect((await payload.findByID({ collection: 'clinics', id, depth: 0 })).crmWebhook?.url).toBe(before)
  })

  it('does not connect when the address has become private by the time the lead is sent', async () => {
    const id = await clinicId(payload, CLINIC_A)
    for (const url of [`http://localhost:${port}/hooks`, `http://127.0.0.1:${port}/hooks`]) {
      // As if the name had changed its address since it was saved: written past the validation.
      await payload.db.updateOne({ collection: 'clinics', id, data: { crmWebhook: { url } } })
      const leadId = await submitMiasRequest(`rebound.${randomUUID()}@example.com`)
      await runJobsNow()
      const [job] = (
        await payload.find({
          collection: 'payload-jobs',
          where: { and: [{ taskSlug: { equals: 'sendCrmWebhook' } }, { 'input.lead': { equals: leadId } }] },
        })
      ).docs
      expect(job?.completedAt ?? null, url).toBeNull()
      expect(JSON.stringify(job?.error), url).toContain('leads into a private network')
    }
    expect(connections).toBe(0)
  })
})
