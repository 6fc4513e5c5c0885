/**
 * Tenancy holes from the security review (issue 9, points 1-4, 6, 7): lead routing, version history, drafts,
 * cross-clinic relationships, document locks and the job runner, each through the channel the attack used
 * (REST and GraphQL with real logins, the Local API with overrideAccess: false) and from a second role.
 */
import type { CollectionSlug, Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { ClinicRole } from '../access/roles'
import { runDueJobs, runnerSettings } from '../jobs/runner'
import { demoStaffEmail } from '../seed/content/users'
import { attempt, CLINIC_A, CLINIC_B, signInAs, userByEmail } from './helpers/actors'
import { createAsSystem } from './helpers/documents'
import type { ApiClient } from './helpers/http'
import { seededPlatform, type TwoClinics } from './helpers/platform'

let payload: Payload
let api: ApiClient
let clinic: TwoClinics
const tokens: Record<ClinicRole | 'admin' | 'ownerOfB', string> = {
  owner: '',
  editor: '',
  marketer: '',
  admin: '',
  ownerOfB: '',
}

beforeAll(async () => {
  ;({ payload, api, clinic } = await seededPlatform())
  for (const actor of ['owner', 'editor', 'marketer', 'admin'] as const) tokens[actor] = await signInAs(api, actor)
  tokens.ownerOfB = await signInAs(api, 'owner', CLINIC_B)
})

const staffOfA = (role: ClinicRole) => userByEmail(payload, demoStaffEmail(role, CLINIC_A))

/** A document of `collection` in clinic `of`, made as the system (for practitioners: of that clinic only). */
const documentOf = (collection: CollectionSlug, of: number) => createAsSystem(payload, collection, of)

const stored = async (collection: CollectionSlug, id: number, draft = false) =>
  (await payload.findByID({ collection, id, depth: 0, draft })) as unknown as Record<string, unknown>

const refused = (status: number) => expect([400, 401, 403, 404]).toContain(status)

describe('who receives a clinic’s leads (leadNotificationEmail)', () => {
  it.each(['editor', 'marketer'] as const)(
    'does not let clinic A’s %s redirect A’s leads, nor see where they go, over REST',
    async (role) => {
      const before = (await stored('clinics', clinic.a)).leadNotificationEmail
      const patch = await api.request('PATCH', `/clinics/${clinic.a}`, {
        token: tokens[role],
        body: { leadNotificationEmail: 'attacker@example.com' },
      })
      // An editor's save of the clinic goes through without the field; a marketer may not save the clinic at all.
      if (role === 'marketer') refused(patch.status)
      expect((await stored('clinics', clinic.a)).leadNotificationEmail).toBe(before)
      const read = await api.request('GET', `/clinics/${clinic.a}?depth=0`, { token: tokens[role] })
      expect(read.status).toBe(200)
      expect(read.json).not.toHaveProperty('leadNotificationEmail')
      const list = await api.request('GET', '/clinics?depth=0&draft=true', { token: tokens[role] })
      expect(list.json.docs.some((doc: object) => 'leadNotificationEmail' in doc)).toBe(false)
      const history = await api.request('GET', `/clinics/versions?depth=0&where[parent][equals]=${clinic.a}`, {
        token: tokens[role],
      })
      expect(history.status).toBe(200)
      expect(history.text).not.toContain(String(before))
    },
  )

  it('does not show it to clinic A’s editor over GraphQL', async () => {
    const { json } = await api.graphql(
      `{ Clinic(id: ${clinic.a}) { id leadNotificationEmail } Clinics { docs { leadNotificationEmail } } }`,
      tokens.editor,
    )
    expect(json.data.Clinic.id).toBe(clinic.a)
    expect(json.data.Clinic.leadNotificationEmail).toBeNull()
    expect(json.data.Clinics.docs.map((doc: { leadNotificationEmail: unknown }) => doc.leadNotificationEmail)).toEqual([
      null,
    ])
  })

  it('lets clinic A’s owner read and change it', async () => {
    const before = (await stored('clinics', clinic.a)).leadNotificationEmail
    const read = await api.request('GET', `/clinics/${clinic.a}?depth=0`, { token: tokens.owner })
    expect(read.json.leadNotificationEmail).toBe(before)
    const patch = await api.request('PATCH', `/clinics/${clinic.a}`, {
      token: tokens.owner,
      body: { leadNotificationEmail: 'front-desk@example.com' },
    })
    expect(patch.status).toBe(200)
    expect((await stored('clinics', clinic.a)).leadNotificationEmail).toBe('front-desk@example.com')
    await payload.update({ collection: 'clinics', id: clinic.a, data: { leadNotificationEmail: before as string } })
  })
})

describe('version history and drafts stay within the clinic', () => {
  const secret = 'Clinic B’s unpublished plans'
  let articleOfB: number
  let versionOfB: string
  let practitionerOfB: number

  /** Saves `data` as a new draft of a document of clinic B, over what is published. */
  const saveDraft = (collection: 'articles' | 'practitioners' | 'clinics', id: number, data: Record<string, string>) =>
    payload.update({ collection, id, data: { ...data, _status: 'draft' }, draft: true })

  beforeAll(async () => {
    articleOfB = await documentOf('articles', clinic.b)
    await saveDraft('articles', articleOfB, { title: secret })
    const versions = await payload.findVersions({
      collection: 'articles',
      where: { parent: { equals: articleOfB } },
      depth: 0,
    })
    versionOfB = String(versions.docs[0].id)
    practitionerOfB = await documentOf('practitioners', clinic.b)
    await saveDraft('practitioners', practitionerOfB, { jobTitle: secret })
    await saveDraft('clinics', clinic.b, { summary: secret })
  })

  /** The clinics a version's document belonged to in that version. */
  const clinicsOf = (collection: string, { parent, version }: { parent: number; version: Record<string, unknown> }) =>
    collection === 'clinics'
      ? [parent]
      : collection === 'practitioners'
        ? (version.clinics as number[])
        : [version.clinic]

  it.each(['editor', 'marketer'] as const)(
    'shows clinic A’s %s only A’s versions of articles, practitioners and clinics over REST',
    async (role) => {
      for (const collection of ['articles', 'practitioners', 'clinics']) {
        const { status, json, text } = await api.request('GET', `/${collection}/versions?limit=500&depth=0`, {
          token: tokens[role],
        })
        expect(status, collection).toBe(200)
        expect(json.docs.length, collection).toBeGreaterThan(0)
        for (const doc of json.docs) expect(clinicsOf(collection, doc), collection).toContain(clinic.a)
        expect(text, collection).not.toContain(secret)
      }
      const single = await api.request('GET', `/articles/versions/${versionOfB}?depth=0`, { token: tokens[role] })
      refused(single.status)
      expect(single.text).not.toContain(secret)
    },
  )

  it('shows clinic A’s editor none of B’s article versions over GraphQL', async () => {
    const { json } = await api.graphql(
      '{ versionsArticles(limit: 100) { totalDocs docs { id version { title clinic { id } } } } }',
      tokens.editor,
    )
    expect(json.errors).toBeUndefined()
    const ofA = await payload.countVersions({
      collection: 'articles',
      where: { 'version.clinic': { equals: clinic.a } },
    })
    expect(json.data.versionsArticles.totalDocs).toBe(ofA.totalDocs)
    expect(JSON.stringify(json)).not.toContain(secret)
    const single = await api.graphql(`{ versionArticle(id: "${versionOfB}") { id version { title } } }`, tokens.editor)
    expect(single.json.data?.versionArticle ?? null).toBeNull()
  })

  it('gives clinic A’s owner none of B’s versions through the Local API', async () => {
    const user = await staffOfA('owner')
    const asOwner = { overrideAccess: false, user, depth: 0, limit: 500 } as const
    const articles = await payload.findVersions({ collection: 'articles', ...asOwner })
    expect(articles.docs.every((doc) => doc.version.clinic === clinic.a)).toBe(true)
    const clinics = await payload.findVersions({ collection: 'clinics', ...asOwner })
    expect(clinics.docs.every((doc) => doc.parent === clinic.a)).toBe(true)
    expect(await attempt(() => payload.findVersionByID({ collection: 'articles', id: versionOfB, ...asOwner }))).toBe(
      'denied',
    )
  })

  it('gives visitors no versions, and staff no catalogue history', async () => {
    for (const collection of ['articles', 'practitioners', 'clinics', 'treatments']) {
      refused((await api.request('GET', `/${collection}/versions`)).status)
    }
    refused((await api.request('GET', '/treatments/versions', { token: tokens.owner })).status)
    expect((await api.request('GET', '/treatments/versions', { token: tokens.admin })).status).toBe(200)
  })

  it('does not show clinic A’s editor B’s drafts (?draft=true)', async () => {
    const token = tokens.editor
    refused((await api.request('GET', `/articles/${articleOfB}?draft=true`, { token })).status)
    refused((await api.request('GET', `/practitioners/${practitionerOfB}?draft=true`, { token })).status)
    refused((await api.request('GET', `/clinics/${clinic.b}?draft=true`, { token })).status)
    const list = await api.request('GET', '/articles?draft=true&limit=500&depth=0', { token })
    expect(list.json.docs.every((doc: { clinic: number }) => doc.clinic === clinic.a)).toBe(true)
    expect(list.text).not.toContain(secret)
  })
})

describe('drafts cannot be put in another clinic', () => {
  const article = (title: string) => ({ title, excerpt: 'Written by a test.', _status: 'draft' })
  const countTitled = async (title: string) =>
    (await payload.count({ collection: 'articles', where: { title: { equals: title } } })).totalDocs +
    (await payload.countVersions({ collection: 'articles', where: { 'version.title': { equals: title } } })).totalDocs

  it.each(['editor', 'owner'] as const)(
    'refuses clinic A’s %s a draft article in clinic B over REST, storing nothing',
    async (role) => {
      const title = `Planted by the ${role}`
      const create = await api.request('POST', '/articles?draft=true', {
        token: tokens[role],
        body: { ...article(title), clinic: clinic.b },
      })
      refused(create.status)
      expect(await countTitled(title)).toBe(0)
      const withoutClinic = await api.request('POST', '/articles?draft=true', {
        token: tokens[role],
        body: { ...article(title), clinic: null },
      })
      refused(withoutClinic.status)
      expect(await countTitled(title)).toBe(0)
    },
  )

  it('refuses moving clinic A’s draft into clinic B over REST', async () => {
    const id = await documentOf('articles', clinic.a)
    const move = await api.request('PATCH', `/articles/${id}?draft=true`, {
      token: tokens.editor,
      body: { clinic: clinic.b, _status: 'draft' },
    })
    refused(move.status)
    expect((await stored('articles', id, true)).clinic).toBe(clinic.a)
    expect((await stored('articles', id)).clinic).toBe(clinic.a)
  })

  it('refuses a draft in clinic B through the Local API (articles and practitioners)', async () => {
    const user = await staffOfA('editor')
    const asEditor = { overrideAccess: false, user, draft: true } as const
    expect(
      await attempt(() =>
        payload.create({
          collection: 'articles',
          data: { ...article('Local API plant'), clinic: clinic.b } as never,
          ...asEditor,
        }),
      ),
    ).toBe('denied')
    expect(await countTitled('Local API plant')).toBe(0)
    expect(
      await attempt(() =>
        payload.create({
          collection: 'practitioners',
          data: { name: 'Dr Planted', jobTitle: 'Planted', clinics: [clinic.a, clinic.b], _status: 'draft' },
          ...asEditor,
        }),
      ),
    ).toBe('denied')
    expect(
      (await payload.count({ collection: 'practitioners', where: { name: { equals: 'Dr Planted' } } })).totalDocs,
    ).toBe(0)
  })
})

describe('relationships reach only the user’s own clinics', () => {
  let practitionerOfA: number
  let practitionerOfB: number
  let mediaOfB: number

  beforeAll(async () => {
    practitionerOfA = await documentOf('practitioners', clinic.a)
    practitionerOfB = await documentOf('practitioners', clinic.b)
    mediaOfB = await documentOf('media', clinic.b)
  })

  it.each([
    ['author', { author: 'B' }],
    ['medical reviewer', { medicalReview: { reviewer: 'B' } }],
  ] as const)('refuses another clinic’s practitioner as the %s of an article, drafts included', async (_, shape) => {
    const id = await documentOf('articles', clinic.a)
    const body = JSON.parse(JSON.stringify(shape).replace('"B"', String(practitionerOfB)))
    for (const [role, query] of [
      ['editor', '?draft=true'],
      ['owner', ''],
    ] as const) {
      const patch = await api.request('PATCH', `/articles/${id}${query}`, { token: tokens[role], body })
      refused(patch.status)
      const article = await stored('articles', id, true)
      expect(JSON.stringify([article.author, article.medicalReview])).not.toContain(`${practitionerOfB}`)
    }
    const own = JSON.parse(JSON.stringify(shape).replace('"B"', String(practitionerOfA)))
    expect((await api.request('PATCH', `/articles/${id}`, { token: tokens.editor, body: own })).status).toBe(200)
  })

  it('refuses another clinic’s images for a practitioner or the clinic, drafts included', async () => {
    const practitioner = await api.request('PATCH', `/practitioners/${practitionerOfA}?draft=true`, {
      token: tokens.editor,
      body: { photo: mediaOfB },
    })
    refused(practitioner.status)
    expect((await stored('practitioners', practitionerOfA, true)).photo).not.toBe(mediaOfB)
    const user = await staffOfA('owner')
    expect(
      await attempt(() =>
        payload.update({
          collection: 'clinics',
          id: clinic.a,
          data: { heroImage: mediaOfB, _status: 'draft' },
          draft: true,
          overrideAccess: false,
          user,
        }),
      ),
    ).toBe('denied')
    expect((await stored('clinics', clinic.a, true)).heroImage).not.toBe(mediaOfB)
  })

  it('refuses another clinic’s practitioner on an offering', async () => {
    const offering = await documentOf('offerings', clinic.a)
    const patch = await api.request('PATCH', `/offerings/${offering}`, {
      token: tokens.editor,
      body: { practitioners: [practitionerOfA, practitionerOfB] },
    })
    refused(patch.status)
    expect((await stored('offerings', offering)).practitioners ?? []).not.toContain(practitionerOfB)
  })

  it('offers staff only their own clinics’ practitioners and images', async () => {
    const { default: config } = await import('@payload-config')
    const sanitized = await config
    const field = (collection: string, name: string) =>
      sanitized.collections
        .find((candidate) => candidate.slug === collection)!
        .flattenedFields.find((candidate) => candidate.name === name) as unknown as {
        filterOptions: (args: object) => Promise<Where | boolean>
      }
    const user = await staffOfA('editor')
    for (const [collection, name, target] of [
      ['articles', 'author', 'practitioners'],
      ['practitioners', 'photo', 'media'],
      ['clinics', 'logo', 'media'],
    ] as const) {
      const where = await field(collection, name).filterOptions({ user, data: {}, siblingData: {}, relationTo: target })
      const offered = await payload.find({ collection: target, where: where as Where, pagination: false, depth: 0 })
      expect(offered.docs.length, name).toBeGreaterThan(0)
      const ids = offered.docs.map((doc) => doc.id)
      expect(ids, name).not.toContain(target === 'media' ? mediaOfB : practitionerOfB)
    }
  })

  describe('a practitioner shared by clinics A and B', () => {
    let shared: number
    beforeAll(async () => {
      shared = await documentOf('practitioners', clinic.a)
      await payload.update({ collection: 'practitioners', id: shared, data: { clinics: [clinic.a, clinic.b] } })
    })

    it.each([
      ['editor', ''],
      ['editor', '?draft=true'],
      ['owner', ''],
    ] as const)('cannot lose clinic B at the hands of clinic A’s %s %s', async (role, query) => {
      const patch = await api.request('PATCH', `/practitioners/${shared}${query}`, {
        token: tokens[role],
        body: { clinics: [clinic.a] },
      })
      refused(patch.status)
      expect((await stored('practitioners', shared, true)).clinics).toEqual([clinic.a, clinic.b])
    })

    it.each(['editor', 'owner'] as const)('cannot be deleted by clinic A’s %s while B has it', async (role) => {
      refused((await api.request('DELETE', `/practitioners/${shared}`, { token: tokens[role] })).status)
      const bulk = await api.request('DELETE', `/practitioners?where[id][equals]=${shared}`, { token: tokens[role] })
      expect(bulk.json?.docs ?? []).toEqual([])
      const user = await staffOfA(role)
      expect(
        await attempt(() => payload.delete({ collection: 'practitioners', id: shared, overrideAccess: false, user })),
      ).toBe('denied')
      expect((await payload.count({ collection: 'practitioners', where: { id: { equals: shared } } })).totalDocs).toBe(
        1,
      )
    })

    it('cannot be duplicated by clinic A’s editor into a practitioner of clinic B alone', async () => {
      const inB = { clinics: { contains: clinic.b } }
      const before = (await payload.count({ collection: 'practitioners', where: inB })).totalDocs
      const duplicate = await api.request('POST', `/practitioners/${shared}/duplicate`, {
        token: tokens.editor,
        body: { clinics: [clinic.b], name: 'Dr Copy', slug: 'dr-copy', _status: 'published' },
      })
      refused(duplicate.status)
      const overGraphQL = await api.graphql(
        `mutation { duplicatePractitioner(id: ${shared}, data: { clinics: [${clinic.b}], name: "Dr Copy", slug: "dr-copy-gql" }) { id } }`,
        tokens.editor,
      )
      expect(overGraphQL.json.errors?.length).toBeGreaterThan(0)
      expect((await payload.count({ collection: 'practitioners', where: inB })).totalDocs).toBe(before)
    })

    it.each(['editor', 'owner'] as const)('cannot be unpublished by clinic A’s %s while B has it', async (role) => {
      await payload.update({ collection: 'practitioners', id: shared, data: { _status: 'published' } })
      const patch = await api.request('PATCH', `/practitioners/${shared}`, {
        token: tokens[role],
        body: { _status: 'draft' },
      })
      refused(patch.status)
      const bulk = await api.request('PATCH', `/practitioners?where[id][equals]=${shared}`, {
        token: tokens[role],
        body: { _status: 'draft' },
      })
      expect(bulk.json?.docs ?? []).toEqual([])
      expect((await stored('practitioners', shared))._status).toBe('published')
    })

    it('keeps the photo clinic B chose when clinic A’s editor publishes a change', async () => {
      await payload.update({ collection: 'practitioners', id: shared, data: { photo: mediaOfB } })
      const patch = await api.request('PATCH', `/practitioners/${shared}`, {
        token: tokens.editor,
        body: { jobTitle: 'Consultant', _status: 'published' },
      })
      expect(patch.status).toBe(200)
      expect(await stored('practitioners', shared)).toMatchObject({ jobTitle: 'Consultant', photo: mediaOfB })
    })

    it('can lose clinic A at the hands of A’s editor, and then stays B’s', async () => {
      const other = await documentOf('practitioners', clinic.a)
      await payload.update({ collection: 'practitioners', id: other, data: { clinics: [clinic.a, clinic.b] } })
      const patch = await api.request('PATCH', `/practitioners/${other}`, {
        token: tokens.editor,
        body: { clinics: [clinic.b] },
      })
      expect(patch.status).toBe(200)
      expect((await stored('practitioners', other)).clinics).toEqual([clinic.b])
    })

    it('lets clinic A’s editor delete a practitioner of A alone', async () => {
      const own = await documentOf('practitioners', clinic.a)
      expect((await api.request('DELETE', `/practitioners/${own}`, { token: tokens.editor })).status).toBe(200)
      expect((await payload.count({ collection: 'practitioners', where: { id: { equals: own } } })).totalDocs).toBe(0)
    })
  })
})

describe('document locks (payload-locked-documents)', () => {
  const LOCKS = '/payload-locked-documents'
  let articleOfA: number
  let articleOfB: number
  let lockOfB: number
  let ownerOfB: number
  let editorOfA: number

  const lockBody = (article: number, user: number) => ({
    document: { relationTo: 'articles', value: article },
    user: { relationTo: 'users', value: user },
  })
  const locksOn = async (article: number) =>
    (
      await payload.count({
        collection: 'payload-locked-documents',
        where: { and: [{ 'document.relationTo': { equals: 'articles' } }, { 'document.value': { equals: article } }] },
      })
    ).totalDocs

  beforeAll(async () => {
    articleOfA = await documentOf('articles', clinic.a)
    articleOfB = await documentOf('articles', clinic.b)
    ownerOfB = (await userByEmail(payload, demoStaffEmail('owner', CLINIC_B))).id
    editorOfA = (await staffOfA('editor')).id
    const created = await api.request('POST', LOCKS, { token: tokens.ownerOfB, body: lockBody(articleOfB, ownerOfB) })
    expect(created.status).toBe(201)
    lockOfB = created.json.doc.id
  })

  it.each(['editor', 'marketer'] as const)('hides clinic B’s locks from clinic A’s %s', async (role) => {
    const list = await api.request('GET', `${LOCKS}?limit=100&depth=0`, { token: tokens[role] })
    expect(list.status).toBe(200)
    expect(list.json.docs.map((lock: { id: number }) => lock.id)).not.toContain(lockOfB)
    refused((await api.request('GET', `${LOCKS}/${lockOfB}`, { token: tokens[role] })).status)
  })

  it.each(['editor', 'marketer'] as const)(
    'does not let clinic A’s %s lock B’s document, release B’s lock or take it over',
    async (role) => {
      const me = (await staffOfA(role)).id
      refused((await api.request('POST', LOCKS, { token: tokens[role], body: lockBody(articleOfB, me) })).status)
      refused((await api.request('DELETE', `${LOCKS}/${lockOfB}`, { token: tokens[role] })).status)
      refused(
        (
          await api.request('PATCH', `${LOCKS}/${lockOfB}`, {
            token: tokens[role],
            body: { user: { relationTo: 'users', value: me } },
          })
        ).status,
      )
      // Nor lock a global (Payload's job scheduler's) beside a document of their own.
      const onGlobal = { ...lockBody(articleOfA, me), globalSlug: 'payload-jobs-stats' }
      refused((await api.request('POST', LOCKS, { token: tokens[role], body: onGlobal })).status)
      expect(await locksOn(articleOfA)).toBe(0)
      await api.request('DELETE', `${LOCKS}?where[id][equals]=${lockOfB}`, { token: tokens[role] })
      expect(await locksOn(articleOfB)).toBe(1)
      const lock = await payload.findByID({ collection: 'payload-locked-documents', id: lockOfB, depth: 0 })
      expect((lock.user as { value: number }).value).toBe(ownerOfB)
    },
  )

  it.each(['editor', 'admin'] as const)(
    'still gives the %s their permissions (the admin asks for them on every page)',
    async (role) => {
      const { status, json } = await api.request('GET', '/access', { token: tokens[role] })
      expect(status).toBe(200)
      expect(json.collections).toHaveProperty('articles')
    },
  )

  it('does not let anyone lock a document in someone else’s name', async () => {
    for (const token of [tokens.editor, tokens.admin]) {
      refused((await api.request('POST', LOCKS, { token, body: lockBody(articleOfA, ownerOfB) })).status)
    }
    expect(await locksOn(articleOfA)).toBe(0)
  })

  it('keeps edit locking working within clinic A: colleagues see the lock and can take it over', async () => {
    const created = await api.request('POST', LOCKS, { token: tokens.editor, body: lockBody(articleOfA, editorOfA) })
    expect(created.status).toBe(201)
    const lock = created.json.doc.id
    const owner = await staffOfA('owner')
    // As the admin's edit view asks (getIsLocked / handleFormStateLocking).
    const seen = await payload.find({
      collection: 'payload-locked-documents',
      where: { and: [{ 'document.relationTo': { equals: 'articles' } }, { 'document.value': { equals: articleOfA } }] },
      overrideAccess: false,
      user: owner,
      depth: 1,
    })
    expect(seen.docs.map((doc) => doc.id)).toEqual([lock])
    const list = await payload.find({
      collection: 'articles',
      where: { id: { equals: articleOfA } },
      includeLockStatus: true,
      overrideAccess: false,
      user: owner,
    })
    expect((list.docs[0] as { _isLocked?: boolean })._isLocked).toBe(true)
    refused(
      (
        await api.request('PATCH', `${LOCKS}/${lock}`, {
          token: tokens.owner,
          body: { user: { relationTo: 'users', value: ownerOfB } },
        })
      ).status,
    )
    const takeOver = await api.request('PATCH', `${LOCKS}/${lock}`, {
      token: tokens.owner,
      body: { user: { relationTo: 'users', value: owner.id } },
    })
    expect(takeOver.status).toBe(200)
    expect((await api.request('DELETE', `${LOCKS}/${lock}`, { token: tokens.owner })).status).toBe(200)
    expect(await locksOn(articleOfA)).toBe(0)
  })
})

describe('the job runner', () => {
  const queue = 'tenancy-test'
  const queueJob = async () =>
    (await payload.jobs.queue({ task: 'forgetOldRateLimitCounters', input: {}, queue })).id as number
  /** Done: completed, or already deleted as completed jobs are. */
  const completed = async (id: number) => {
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { id: { equals: id } }, depth: 0 })
    return !docs[0] || Boolean(docs[0].completedAt)
  }

  it.each(['owner', 'editor', 'marketer'] as const)(
    'refuses clinic A’s %s running, scheduling, reading or writing jobs',
    async (role) => {
      const token = tokens[role]
      const job = await queueJob()
      refused((await api.request('GET', `/payload-jobs/run?queue=${queue}`, { token })).status)
      refused((await api.request('GET', '/payload-jobs/handle-schedules', { token })).status)
      expect(await completed(job)).toBe(false)
      refused((await api.request('GET', '/payload-jobs', { token })).status)
      refused(
        (await api.request('POST', '/payload-jobs', { token, body: { taskSlug: 'forgetOldRateLimitCounters' } }))
          .status,
      )
      refused((await api.request('GET', '/globals/payload-jobs-stats', { token })).status)
      refused((await api.request('POST', '/globals/payload-jobs-stats', { token, body: { stats: {} } })).status)
      await payload.delete({ collection: 'payload-jobs', id: job })
    },
  )

  it('runs jobs only in the worker: not even an admin starts Payload’s own runner beside it over REST', async () => {
    const job = await queueJob()
    refused((await api.request('GET', `/payload-jobs/run?queue=${queue}`, { token: tokens.admin })).status)
    expect(await completed(job)).toBe(false)
    await runDueJobs(payload, { ...runnerSettings(), queue })
    expect(await completed(job)).toBe(true)
  })
})
