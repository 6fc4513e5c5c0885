/**
 * A new lead's notifications: queued with the lead, sent by jobs, and written to the local mail folder when no
 * SMTP server is configured (the default on a fresh machine).
 */
import { randomUUID } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { outboxDir } from '../mail/adapter'
import { runDueJobs } from '../jobs/runner'
import { CLINIC_B } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

/** Mail in the outbox to `address` that mentions `text` (other test files write there too). */
const mailTo = async (address: string, text: string) => {
  const files = await readdir(outboxDir()).catch(() => [] as string[])
  const mails = await Promise.all(files.map((file) => readFile(path.join(outboxDir(), file), 'utf8')))
  return mails.filter((mail) => mail.includes(`To: ${address}`) && mail.includes(text))
}

describe('lead notifications without SMTP', () => {
  it('queues both mails with the lead and writes them to the outbox, in each reader’s language', async () => {
    const email = `lena.${randomUUID()}@example.com`
    const response = await api.request('POST', '/leads', {
      headers: { 'X-Forwarded-For': '198.51.100.7' },
      body: {
        clinic: CLINIC_B,
        treatment: 'botulinum-toxin',
        name: 'Lena Vogel',
        email,
        consent: true,
        locale: 'fr',
      },
    })
    expect(response.status).toBe(201)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.lead': { equals: response.json.id } },
    })
    expect(jobs.docs.map((job) => job.taskSlug).sort()).toEqual(['confirmToVisitor', 'notifyClinic'])

    await runDueJobs(payload)

    const clinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: CLINIC_B } } })).docs[0]
    const [toClinic] = await mailTo(clinic.leadNotificationEmail, 'Lena Vogel')
    expect(toClinic).toContain('Subject: Neue Beratungsanfrage von Lena Vogel')
    expect(toClinic).toContain(`/admin/collections/leads/${response.json.id}`)
    // Everything in the staff's language, the treatment's name and the contact method included.
    const [botox] = (
      await payload.find({ collection: 'treatments', where: { slug: { equals: 'botulinum-toxin' } }, locale: 'de' })
    ).docs
    expect(botox.name).not.toBe((await payload.findByID({ collection: 'treatments', id: botox.id, locale: 'en' })).name)
    expect(toClinic).toContain(`Behandlung: ${botox.name}`)
    expect(toClinic).toContain('Bevorzugter Kontakt: E-Mail')
    const [toVisitor] = await mailTo(email, 'Lena Vogel')
    expect(toVisitor).toContain('Subject: Nous avons bien reçu votre demande')
  })
})
