/**
 * The access matrix through the Local API with overrideAccess: false: every role × every collection ×
 * create/read/update/delete, on a document of the actor's own clinic (A) and of another clinic (B).
 */
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type Actor, attempt, CLINIC_A, CLINIC_B, clinicId, userFor } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { createAsSystem, newDocumentData, pngFile } from './helpers/documents'

type Operation = 'create' | 'read' | 'update' | 'delete'
type Rights = { own: string; other: string }

const ALL: Rights = { own: 'CRUD', other: 'CRUD' }
const NONE: Rights = { own: '', other: '' }
const PUBLIC_READ: Rights = { own: 'R', other: 'R' }

// A clinic's own content: its staff who write content do everything with it, marketers only read it.
const CLINIC_CONTENT: Record<Actor, Rights> = {
  anonymous: PUBLIC_READ,
  admin: ALL,
  owner: { own: 'CRUD', other: '' },
  editor: { own: 'CRUD', other: '' },
  marketer: { own: 'R', other: '' },
}

// C create, R read, U update, D delete; "own" is clinic A (where staff work), "other" is clinic B.
// The catalogue (treatments) belongs to no clinic: both columns mean the same shared document.
const matrix: Record<string, Record<Actor, Rights>> = {
  clinics: {
    anonymous: PUBLIC_READ,
    admin: ALL,
    owner: { own: 'RU', other: '' },
    editor: { own: 'RU', other: '' },
    marketer: { own: 'R', other: '' },
  },
  treatments: {
    anonymous: PUBLIC_READ,
    admin: ALL,
    owner: PUBLIC_READ,
    editor: PUBLIC_READ,
    marketer: PUBLIC_READ,
  },
  offerings: CLINIC_CONTENT,
  practitioners: CLINIC_CONTENT,
  articles: CLINIC_CONTENT,
  media: CLINIC_CONTENT,
  leads: {
    anonymous: NONE,
    admin: ALL,
    owner: { own: 'RU', other: '' },
    editor: NONE,
    marketer: { own: 'RU', other: '' },
  },
}

// A visible, harmless change per collection, to tell an applied update from a refused one.
const changes: Record<string, Record<string, unknown>> = {
  clinics: { phone: '+44 20 7946 0999' },
  treatments: { summary: 'Changed by a test.' },
  offerings: { priceFrom: 123 },
  practitioners: { jobTitle: 'Changed by a test' },
  articles: { excerpt: 'Changed by a test.' },
  media: { alt: 'Changed by a test' },
  leads: { status: 'contacted' },
}

const letters: Record<Operation, string> = { create: 'C', read: 'R', update: 'U', delete: 'D' }

let payload: Payload
const clinics: Record<'own' | 'other', number> = { own: 0, other: 0 }

beforeAll(async () => {
  payload = await freshPayload()
  clinics.own = await clinicId(payload, CLINIC_A)
  clinics.other = await clinicId(payload, CLINIC_B)
})

/** An existing document of the collection belonging to `clinic` (for clinics: the clinic itself). */
async function documentOf(collection: CollectionSlug, clinic: number): Promise<number> {
  if (collection === 'clinics') return clinic
  if (collection === 'treatments') {
    const { docs } = await payload.find({ collection, limit: 1, depth: 0 })
    return docs[0].id
  }
  const path = collection === 'practitioners' ? 'clinics' : 'clinic'
  const { docs } = await payload.find({ collection, where: { [path]: { equals: clinic } }, limit: 1, depth: 0 })
  if (docs[0]) return docs[0].id as number
  return createAsSystem(payload, collection, clinic)
}

const cases = Object.entries(matrix).flatMap(([collection, byActor]) =>
  Object.entries(byActor).flatMap(([actor, rights]) =>
    (['own', 'other'] as const).flatMap((whose) =>
      (['create', 'read', 'update', 'delete'] as const).map((operation) => ({
        collection: collection as CollectionSlug,
        actor: actor as Actor,
        whose,
        operation,
        allowed: rights[whose].includes(letters[operation]),
      })),
    ),
  ),
)

describe('access matrix (Local API, overrideAccess: false)', () => {
  it.each(cases)(
    '$actor $operation on $collection of $whose clinic: allowed=$allowed',
    async ({ collection, actor, whose, operation, allowed }) => {
      const user = await userFor(payload, actor)
      const asActor = { overrideAccess: false, user, depth: 0 } as const
      const clinic = clinics[whose]

      if (operation === 'create') {
        const before = (await payload.count({ collection })).totalDocs
        const data = await newDocumentData(payload, collection, clinic)
        const file = collection === 'media' ? await pngFile() : undefined
        const outcome = await attempt(() => payload.create({ collection, data: data as never, file, ...asActor }))
        expect(outcome).toBe(allowed ? 'allowed' : 'denied')
        // Helper documents (a new catalogue treatment for offerings) do not count here.
        const after = (await payload.count({ collection })).totalDocs
        expect(after - before).toBe(allowed ? 1 : 0)
        return
      }

      if (operation === 'read') {
        const id = await documentOf(collection, clinic)
        const outcome = await attempt(() => payload.findByID({ collection, id, ...asActor }))
        expect(outcome).toBe(allowed ? 'allowed' : 'denied')
        // In a list, a refused document is either filtered out or the whole list is refused.
        let listed = 0
        await attempt(async () => {
          listed = (await payload.find({ collection, where: { id: { equals: id } }, ...asActor })).docs.length
        })
        expect(listed).toBe(allowed ? 1 : 0)
        return
      }

      if (operation === 'update') {
        const id = await documentOf(collection, clinic)
        const change = changes[collection]
        const [field] = Object.keys(change)
        const before = (await payload.findByID({ collection, id, depth: 0 })) as unknown as Record<string, unknown>
        const outcome = await attempt(() => payload.update({ collection, id, data: change as never, ...asActor }))
        expect(outcome).toBe(allowed ? 'allowed' : 'denied')
        const after = (await payload.findByID({ collection, id, depth: 0 })) as unknown as Record<string, unknown>
        expect(after[field]).toEqual(allowed ? change[field] : before[field])
        if (allowed) await payload.update({ collection, id, data: { [field]: before[field] } as never })
        return
      }

      const id = await createAsSystem(payload, collection, clinic)
      const outcome = await attempt(() => payload.delete({ collection, id, ...asActor }))
      expect(outcome).toBe(allowed ? 'allowed' : 'denied')
      const remaining = (await payload.count({ collection, where: { id: { equals: id } } })).totalDocs
      expect(remaining).toBe(allowed ? 0 : 1)
    },
  )
})

describe('what visitors and staff see in lists', () => {
  it('shows a visitor published documents only, never drafts', async () => {
    const draft = await payload.create({
      collection: 'articles',
      data: { title: 'Draft article', excerpt: 'Not ready.', clinic: clinics.own, _status: 'draft' },
      draft: true,
    })
    const asVisitor = await payload.find({ collection: 'articles', overrideAccess: false, limit: 100, depth: 0 })
    expect(asVisitor.docs.map((article) => article.id)).not.toContain(draft.id)
    expect(await attempt(() => payload.findByID({ collection: 'articles', id: draft.id, overrideAccess: false }))).toBe(
      'denied',
    )
    const asOwner = await payload.find({
      collection: 'articles',
      overrideAccess: false,
      user: await userFor(payload, 'owner'),
      draft: true,
      limit: 100,
      depth: 0,
    })
    expect(asOwner.docs.map((article) => article.id)).toContain(draft.id)
  })

  it.each(['owner', 'editor', 'marketer'] as const)('lists only clinic A’s documents to its %s', async (actor) => {
    const user = await userFor(payload, actor)
    for (const collection of ['clinics', 'offerings', 'practitioners', 'articles', 'media'] as const) {
      const { docs } = await payload.find({ collection, overrideAccess: false, user, limit: 200, depth: 0 })
      expect(docs.length, collection).toBeGreaterThan(0)
      for (const doc of docs as unknown as Record<string, unknown>[]) {
        const owners =
          collection === 'clinics'
            ? [doc.id]
            : collection === 'practitioners'
              ? (doc.clinics as number[])
              : [doc.clinic]
        expect(owners, `${collection} ${doc.id}`).toContain(clinics.own)
      }
    }
  })

  it.each(['owner', 'marketer'] as const)(
    'gives clinic A’s %s all of A’s leads and none of another clinic’s',
    async (actor) => {
      const user = await userFor(payload, actor)
      const visible = await payload.find({ collection: 'leads', overrideAccess: false, user, limit: 200, depth: 0 })
      const ofClinicA = await payload.find({
        collection: 'leads',
        where: { clinic: { equals: clinics.own } },
        limit: 200,
        depth: 0,
      })
      expect(visible.totalDocs).toBeGreaterThan(0)
      expect(visible.docs.map((lead) => lead.id).sort()).toEqual(ofClinicA.docs.map((lead) => lead.id).sort())
      const counted = await payload.count({
        collection: 'leads',
        overrideAccess: false,
        user,
        where: { clinic: { equals: clinics.other } },
      })
      expect(counted.totalDocs).toBe(0)
    },
  )

  it('refuses an editor the leads collection outright (so the admin does not even list it)', async () => {
    const editor = await userFor(payload, 'editor')
    expect(
      await attempt(() => payload.find({ collection: 'leads', overrideAccess: false, user: editor, depth: 0 })),
    ).toBe('denied')
  })
})

describe('moving documents between clinics', () => {
  it('refuses to move clinic A’s offering into clinic B', async () => {
    const id = await documentOf('offerings', clinics.own)
    const user = await userFor(payload, 'owner')
    const outcome = await attempt(() =>
      payload.update({ collection: 'offerings', id, data: { clinic: clinics.other }, overrideAccess: false, user }),
    )
    expect(outcome).toBe('denied')
    expect((await payload.findByID({ collection: 'offerings', id, depth: 0 })).clinic).toBe(clinics.own)
  })

  it('refuses to add clinic B to a practitioner of clinic A', async () => {
    const id = await documentOf('practitioners', clinics.own)
    const before = await payload.findByID({ collection: 'practitioners', id, depth: 0 })
    const editor = await userFor(payload, 'editor')
    const outcome = await attempt(() =>
      payload.update({
        collection: 'practitioners',
        id,
        data: { clinics: [...(before.clinics as number[]), clinics.other] },
        overrideAccess: false,
        user: editor,
      }),
    )
    expect(outcome).toBe('denied')
    expect((await payload.findByID({ collection: 'practitioners', id, depth: 0 })).clinics).toEqual(before.clinics)
  })

  it('keeps a lead’s recorded consent out of staff hands', async () => {
    const id = await documentOf('leads', clinics.own)
    const before = await payload.findByID({ collection: 'leads', id, depth: 0 })
    await payload.update({
      collection: 'leads',
      id,
      data: {
        consent: { version: 'forged', givenAt: new Date(0).toISOString() },
        email: 'forged@example.com',
        status: 'contacted',
      },
      overrideAccess: false,
      user: await userFor(payload, 'marketer'),
    })
    const after = await payload.findByID({ collection: 'leads', id, depth: 0 })
    expect(after.status).toBe('contacted')
    expect(after.consent).toEqual(before.consent)
    expect(after.email).toBe(before.email)
  })
})

describe('users', () => {
  it('lets nobody but an admin create an account', async () => {
    for (const actor of ['anonymous', 'owner', 'editor', 'marketer'] as const) {
      const outcome = await attempt(() =>
        payload.create({
          collection: 'users',
          data: { email: `new-${actor}@example.com`, password: 'a-long-password', role: 'staff', language: 'en' },
          overrideAccess: false,
          user: null,
        }),
      )
      expect(outcome, actor).toBe('denied')
    }
    expect((await payload.count({ collection: 'users', where: { email: { like: 'new-' } } })).totalDocs).toBe(0)
  })

  it('does not let an owner make themselves admin or join another clinic', async () => {
    const owner = await userFor(payload, 'owner')
    if (!owner) throw new Error('no owner')
    await payload.update({
      collection: 'users',
      id: owner.id,
      data: { name: 'Renamed owner', role: 'admin', memberships: [{ clinic: clinics.other, role: 'owner' }] },
      overrideAccess: false,
      user: owner,
    })
    const after = await payload.findByID({ collection: 'users', id: owner.id, depth: 0 })
    expect(after.name).toBe('Renamed owner')
    expect(after.role).toBe('staff')
    expect(after.memberships?.map((membership) => membership.clinic)).toEqual([clinics.own])
  })

  it('shows staff themselves and colleagues, never another clinic’s staff', async () => {
    const marketer = await userFor(payload, 'marketer')
    const { docs } = await payload.find({
      collection: 'users',
      overrideAccess: false,
      user: marketer,
      limit: 100,
      depth: 0,
    })
    const emails = docs.map((user) => user.email).sort()
    expect(emails).toEqual([
      `editor.${CLINIC_A}@demo.test`,
      `marketer.${CLINIC_A}@demo.test`,
      `owner.${CLINIC_A}@demo.test`,
    ])
  })

  it('refuses an owner changing a colleague’s account', async () => {
    const editor = await userFor(payload, 'editor')
    const owner = await userFor(payload, 'owner')
    const outcome = await attempt(() =>
      payload.update({
        collection: 'users',
        id: editor!.id,
        data: { name: 'Taken over' },
        overrideAccess: false,
        user: owner,
      }),
    )
    expect(outcome).toBe('denied')
  })
})
