/**
 * With SMTP configured and the mail server down, a lead is still stored and acknowledged at once; its
 * notification jobs wait for the server without using up their attempts, and deliver as soon as it is back.
 */
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { freePort } from '../bootstrap/freePort'
import { runDueJobs } from '../jobs/runner'
import { CLINIC_A } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'
import { leadRequest, submitLead } from './helpers/leads'

let payload: Payload
let api: ReturnType<typeof apiClient>
let port: number
let server: SMTPServer | undefined
const delivered: { to: string[]; body: string }[] = []
/** Recipients the mail server refuses with 550, as it would an unknown mailbox. */
const refused = new Set<string>()

beforeAll(async () => {
  port = await freePort()
  // The adapter reads these when Payload starts: nothing listens on the port yet.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
})

function startMailServer() {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refused.has(address.address)) return callback()
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
    },
    onData(stream, session, callback) {
      let body = ''
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()))
      stream.on('end', () => {
        delivered.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), body })
        callback()
      })
    },
  })
  return new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
}

const jobsOf = async (lead: number) =>
  (await payload.find({ collection: 'payload-jobs', where: { 'input.lead': { equals: lead } }, sort: 'taskSlug' })).docs

describe('a mail server that refuses connections', () => {
  it('keeps and acknowledges the lead, then delivers both mails by retrying once it is back', async () => {
    const sam = leadRequest({ name: 'Sam Okafor' })
    const response = await submitLead(api, sam)
    expect(response.status).toBe(201)
    const lead = response.json.id

    expect((await runDueJobs(payload)).deferred).toBe(2)
    const waiting = await jobsOf(lead)
    expect(waiting).toHaveLength(2)
    for (const job of waiting) {
      expect(job.completedAt ?? null).toBeNull()
      expect(job.hasError).toBe(false)
      // Not the job's fault: no attempt used up, no backoff to wait out once the server is back.
      expect(job.totalTried ?? 0).toBe(0)
      expect(new Date(job.waitUntil!).getTime()).toBeLessThanOrEqual(Date.now())
      expect(JSON.stringify(job.error)).toContain('The mail server is unavailable')
    }
    expect(await payload.findByID({ collection: 'leads', id: lead })).toMatchObject({ email: sam.email })

    await startMailServer()
    expect(await runDueJobs(payload)).toEqual({ succeeded: 2, failed: 0, deferred: 0 })

    expect((await jobsOf(lead)).every((job) => Boolean(job.completedAt))).toBe(true)
    const clinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: CLINIC_A } } })).docs[0]
    expect(
      delivered
        .map((mail) => mail.to)
        .flat()
        .sort(),
    ).toEqual([clinic.leadNotificationEmail, sam.email].sort())
  })

  it('counts a message the server refuses as that job’s failed attempt, and sends the other mail', async () => {
    const ana = leadRequest({ name: 'Ana Unknown' })
    refused.add(ana.email)
    const response = await submitLead(api, ana)
    expect(response.status).toBe(201)
    expect(await runDueJobs(payload)).toEqual({ succeeded: 1, failed: 1, deferred: 0 })
    const [left] = await jobsOf(response.json.id)
    expect(left).toMatchObject({ taskSlug: 'confirmToVisitor', totalTried: 1, hasError: false })
    expect(new Date(left.waitUntil!).getTime()).toBeGreaterThan(Date.now())
  })
})
