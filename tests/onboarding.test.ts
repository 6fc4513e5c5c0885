/**
 * Onboarding a clinic without the README open (issue 12, point 11): country and time zone from lists, opening
 * hours in weekday order, offerings named "<treatment> at <clinic>" in every language, and new staff invited to
 * choose their own password, in their language.
 */
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '../access/roles'
import { INVITATION_DAYS } from '../collections/Users/invitation'
import { runDueJobs } from '../jobs/runner'
import { CLINIC_B, clinicId, signInAs, userByEmail } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { newDocumentData } from './helpers/documents'
import { apiClient } from './helpers/http'
import { mailsTo } from './helpers/outbox'

let payload: Payload
let api: ReturnType<typeof apiClient>
let adminToken: string

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
  adminToken = await signInAs(api, 'admin')
})

const newClinic = async (changes: Record<string, unknown> = {}) =>
  api.request('POST', '/clinics', {
    token: adminToken,
    body: { ...(await newDocumentData(payload, 'clinics', 0)), ...changes },
  })

describe('a new clinic', () => {
  it('takes its country from the list of countries and refuses a code that is none, in the admin’s language', async () => {
    const inFrance = await newClinic({
      address: { street: '12 rue de Rivoli', city: 'Paris', countryCode: 'FR' },
      timeZone: 'Europe/Paris',
    })
    expect(inFrance.status).toBe(201)
    expect(inFrance.json.doc.address.countryCode).toBe('FR')

    const nowhere = await newClinic({ address: { street: '1 Nowhere', city: 'Nowhere', countryCode: 'XX' } })
    expect(nowhere.status).toBe(400)
    expect(nowhere.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'address.countryCode' })])
  })

  it('refuses a time zone that does not exist, saying so in German to a German admin', async () => {
    const response = await api.request('POST', '/clinics', {
      token: adminToken,
      headers: { 'Accept-Language': 'de' },
      body: { ...(await newDocumentData(payload, 'clinics', 0)), timeZone: 'Europe/Atlantis' },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'timeZone', message: 'Bitte eine Zeitzone aus der Liste wählen.' }),
    ])
  })

  it('keeps its opening hours in weekday order, however they were entered', async () => {
    const response = await newClinic({
      openingHours: [
        { day: 'saturday', opens: '10:00', closes: '14:00' },
        { day: 'monday', opens: '14:00', closes: '19:00' },
        { day: 'wednesday', opens: '09:00', closes: '17:00' },
        { day: 'monday', opens: '08:00', closes: '12:00' },
      ],
    })
    expect(response.status).toBe(201)
    expect(
      response.json.doc.openingHours.map(({ day, opens }: { day: string; opens: string }) => `${day} ${opens}`),
    ).toEqual(['monday 08:00', 'monday 14:00', 'wednesday 09:00', 'saturday 10:00'])
  })

  it('saves a draft with half-filled opening hours instead of failing on their order', async () => {
    const draft = await payload.create({
      collection: 'clinics',
      draft: true,
      data: {
        ...(await newDocumentData(payload, 'clinics', 0)),
        _status: 'draft',
        openingHours: [{ day: 'tuesday' }, { day: 'monday' }, { day: 'monday', opens: '09:00' }],
      } as never,
    })
    expect(draft.openingHours?.map((period) => period.day)).toEqual(['monday', 'monday', 'tuesday'])
  })
})

describe('an offering', () => {
  const titlesOf = async (id: number) =>
    (await payload.findByID({ collection: 'offerings', id, locale: 'all', depth: 0 })).title as unknown as Record<
      string,
      string
    >

  it('is named "<treatment> at <clinic>" in every language, and follows when either is renamed', async () => {
    const clinic = await clinicId(payload, CLINIC_B)
    const offering = await payload.create({
      collection: 'offerings',
      data: (await newDocumentData(payload, 'offerings', clinic)) as never,
    })
    const treatment = await payload.findByID({
      collection: 'treatments',
      id: relationId(offering.treatment)!,
      depth: 0,
    })
    const clinicNames = (await payload.findByID({ collection: 'clinics', id: clinic, locale: 'all', depth: 0 }))
      .name as unknown as Record<string, string>

    const titles = await titlesOf(offering.id)
    expect(titles.en).toBe(`${treatment.name} at ${clinicNames.en}`)
    expect(titles.de).toBe(`${treatment.name} bei ${clinicNames.de}`)
    expect(titles.ar).toBe(`${treatment.name} في ${clinicNames.ar}`)

    // The test treatment has an English name only: every language's title falls back to it, and follows it.
    await payload.update({ collection: 'treatments', id: treatment.id, data: { name: 'Renamed treatment' } })
    const renamed = await titlesOf(offering.id)
    expect(renamed.en).toBe(`Renamed treatment at ${clinicNames.en}`)
    expect(renamed.de).toBe(`Renamed treatment bei ${clinicNames.de}`)

    // Staff's, not visitors': a treatment not yet published would give its name away.
    const visitorRead = await api.request('GET', `/offerings/${offering.id}`)
    expect(visitorRead.status).toBe(200)
    expect(visitorRead.json).not.toHaveProperty('title')

    // The title is the server's: a title sent with the offering is ignored.
    const sent = await api.request('PATCH', `/offerings/${offering.id}`, {
      token: adminToken,
      body: { title: 'Free Botox for everyone', priceFrom: 210 },
    })
    expect(sent.status).toBe(200)
    expect((await titlesOf(offering.id)).en).toBe(`Renamed treatment at ${clinicNames.en}`)
    await payload.delete({ collection: 'offerings', id: offering.id })
  })

  it('is listed with its clinic, for the clinic’s staff to edit from there', async () => {
    const clinic = await clinicId(payload, CLINIC_B)
    const { offerings } = await payload.findByID({
      collection: 'clinics',
      id: clinic,
      depth: 0,
      joins: { offerings: { limit: 100 } },
    })
    const own = await payload.find({ collection: 'offerings', where: { clinic: { equals: clinic } }, depth: 0 })
    expect(offerings?.docs?.length).toBeGreaterThan(0)
    expect(new Set(offerings?.docs)).toEqual(new Set(own.docs.map((offering) => offering.id)))
  })
})

describe('a new staff account', () => {
  it('is created without a password: the person chooses one from an invitation in their language', async () => {
    const email = `claire.martin.${randomUUID().slice(0, 8)}@example.com`
    const clinic = await clinicId(payload, CLINIC_B)
    const typedByTheAdmin = 'the-admin-chose-this'
    const created = await api.request('POST', '/users', {
      token: adminToken,
      body: {
        email,
        name: 'Claire Martin',
        language: 'fr',
        password: typedByTheAdmin,
        memberships: [{ clinic, role: 'owner' }],
      },
    })
    expect(created.status).toBe(201)
    // Nobody knows the account's password yet: not the admin, who typed one.
    expect((await api.request('POST', '/users/login', { body: { email, password: typedByTheAdmin } })).status).toBe(401)

    await runDueJobs(payload)
    const [invitation] = await mailsTo(email)
    expect(invitation).toContain('Subject: Votre accès à')
    expect(invitation).toContain('Bonjour Claire Martin')
    expect(invitation).toContain((await payload.findByID({ collection: 'clinics', id: clinic, locale: 'fr' })).name)
    expect(invitation).toContain(`${INVITATION_DAYS} jours`)
    const token = /\/admin\/reset\/(\w+)/.exec(invitation)?.[1]
    expect(token).toBeDefined()

    // The link lets them choose their password for the days it promises, and then they sign in with it.
    const account = await payload.findByID({ collection: 'users', id: created.json.doc.id, showHiddenFields: true })
    const validDays = (Date.parse(account.resetPasswordExpiration!) - Date.now()) / 86_400_000
    expect(validDays).toBeGreaterThan(INVITATION_DAYS - 0.1)
    const chosen = 'claire-chose-this-one'
    expect((await api.request('POST', '/users/reset-password', { body: { token, password: chosen } })).status).toBe(200)
    expect(await api.login(email, chosen)).toBeTruthy()
  })

  it('is invited however its email was typed (spaces, capitals)', async () => {
    const email = `  Sam.Lee.${randomUUID().slice(0, 8)}@Example.com `
    const created = await api.request('POST', '/users', {
      token: adminToken,
      body: { email, name: 'Sam Lee', language: 'en', memberships: [] },
    })
    expect(created.status).toBe(201)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { 'input.user': { equals: created.json.doc.id }, taskSlug: { equals: 'inviteUser' } },
    })
    expect(jobs.totalDocs).toBe(1)
    // Without a clinic yet, the mail says so rather than naming none (or every one, as to an admin).
    await runDueJobs(payload)
    const [invitation] = await mailsTo(email.trim().toLowerCase())
    expect(invitation).toContain('you now have access to the admin (your clinics will be added to your account)')
  })

  it('needs no invitation when created by a script that sets its password (the seed, the first user)', async () => {
    const email = `script.${randomUUID().slice(0, 8)}@example.com`
    await payload.create({
      collection: 'users',
      data: { email, password: 'a-long-password', role: 'staff', language: 'en' },
    })
    const user = await userByEmail(payload, email)
    const jobs = await payload.find({ collection: 'payload-jobs', where: { 'input.user': { equals: user.id } } })
    expect(jobs.totalDocs).toBe(0)
    expect(await api.login(email, 'a-long-password')).toBeTruthy()
  })
})
