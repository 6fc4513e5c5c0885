/**
 * A new lead's notifications: queued with the lead, sent by jobs, and written to the local mail folder when no
 * SMTP server is configured (the default on a fresh machine).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runDueJobs } from '../jobs/runner'
import { CLINIC_B } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { treatmentBySlug } from './helpers/documents'
import { apiClient } from './helpers/http'
import { leadRequest, submitLead } from './helpers/leads'
import { mailsTo } from './helpers/outbox'

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

describe('lead notifications without SMTP', () => {
  it('queues both mails with the lead and writes them to the outbox, in each reader’s language', async () => {
    const lena = leadRequest({ clinic: CLINIC_B, treatment: 'botulinum-toxin', name: 'Lena Vogel', locale: 'fr' })
    const response = await submitLead(api, lena)
    expect(response.status).toBe(201)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.lead': { equals: response.json.id } },
    })
    expect(jobs.docs.map((job) => job.taskSlug).sort()).toEqual(['confirmToVisitor', 'notifyClinic'])

    await runDueJobs(payload)

    const clinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: CLINIC_B } } })).docs[0]
    const [toClinic] = await mailsTo(clinic.leadNotificationEmail, 'Lena Vogel')
    expect(toClinic).toContain('Subject: Neue Beratungsanfrage von Lena Vogel')
    expect(toClinic).toContain(`/admin/collections/leads/${response.json.id}`)
    // Everything in the staff's language, the treatment's name and the contact method included.
    const botox = await treatmentBySlug(payload, 'botulinum-toxin', 'de')
    expect(botox.name).not.toBe((await payload.findByID({ collection: 'treatments', id: botox.id, locale: 'en' })).name)
    expect(toClinic).toContain(`Behandlung: ${botox.name}`)
    expect(toClinic).toContain('Bevorzugter Kontakt: E-Mail')
    const [toVisitor] = await mailsTo(lena.email, 'Lena Vogel')
    expect(toVisitor).toContain('Subject: Nous avons bien reçu votre demande')
  })
})
