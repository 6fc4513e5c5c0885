import type { Access, CollectionSlug, PayloadRequest, SanitizedConfig } from 'payload'

import { isAdmin } from './rules'
import { type Relation, isPlatformAdmin, relationId } from './roles'

/**
 * Payload adds a few collections and globals of its own when it sanitizes the config (after plugins have run), with
 * access for any signed-in user. This scopes them like the rest of the platform; the config applies it to the
 * sanitized config (payload.config.ts), the only place they exist.
 */

const LOCKS = 'payload-locked-documents'
const JOB_STATS = 'payload-jobs-stats'

type LockedDocument = { relationTo: CollectionSlug; value: Relation }
type Lock = { document?: LockedDocument | null; globalSlug?: string | null; user?: { value: Relation } | null }

/** Of `ids` in `collection`, those whose `operation` access (read or update) lets the request's user at them. */
async function permittedIds(
  req: PayloadRequest,
  collection: CollectionSlug,
  operation: 'read' | 'update',
  ids: number[],
): Promise<number[]> {
  const rule = req.payload.collections[collection]?.config.access[operation]
  const result = rule ? await rule({ req }) : false
  if (result === true || result === false || ids.length === 0) return result ? ids : []
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ id: { in: ids } }, result] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => doc.id as number)
}

/**
 * Whether the user may edit the document the lock is on, by that collection's own update rule. Admins may edit
 * everything; locks on globals (no document) are theirs only.
 */
async function mayEdit(req: PayloadRequest, lock: Lock): Promise<boolean> {
  if (isPlatformAdmin(req.user)) return true
  const id = relationId(lock.document?.value)
  if (!lock.document || id === undefined || lock.globalSlug) return false
  return (await permittedIds(req, lock.document.relationTo, 'update', [id])).includes(id)
}

/** A lock names the person who holds it: nobody locks a document in someone else's name. */
const namesSelf = (req: PayloadRequest, lock: Lock) => relationId(lock.user?.value) === req.user?.id

const lockById = (req: PayloadRequest, id: number | string) =>
  req.payload.findByID({
    collection: LOCKS,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  }) as Promise<Lock | null>

/**
 * Staff see the locks on documents they may read (so the admin tells them who is editing), never others: the
 * current locks are few, so their documents are checked against each collection's own read rule.
 */
const readLocks: Access = async ({ req }) => {
  if (!req.user) return false
  if (isPlatformAdmin(req.user)) return true
  const { docs } = await req.payload.find({
    collection: LOCKS,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const locks = docs as unknown as (Lock & { id: number })[]
  const visible: number[] = []
  for (const collection of new Set(
    locks.map((lock) => lock.document?.relationTo).filter((slug) => slug !== undefined),
  )) {
    const onCollection = locks.filter((lock) => lock.document?.relationTo === collection)
    const readable = await permittedIds(
      req,
      collection,
      'read',
      onCollection.map((lock) => relationId(lock.document?.value)).filter((id) => id !== undefined),
    )
    visible.push(
      ...onCollection
        .filter((lock) => readable.includes(relationId(lock.document?.value) ?? -1))
        .map((lock) => lock.id),
    )
  }
  // A Where that matches nothing rather than false: the admin's edit view reads locks and must not fail.
  return { id: { in: visible.length > 0 ? visible : [0] } }
}

/** The admin creates locks itself, not through the API; a lock made there names its maker, on an editable document. */
const createLock: Access = async ({ req, data }) => {
  // Without data (the admin's permission check) there is no lock to judge: no.
  const lock = (data ?? {}) as Lock
  return Boolean(req.user) && namesSelf(req, lock) && (await mayEdit(req, lock))
}

/** Changing a lock (the admin's "take over") leaves it naming oneself, on a document one may edit. */
const updateLock: Access = async ({ req, id, data }) => {
  if (!req.user || id === undefined) return false
  const lock = await lockById(req, id)
  if (!lock) return false
  const changed = { ...lock, ...(data as Lock | undefined) }
  return namesSelf(req, changed) && (await mayEdit(req, lock)) && (await mayEdit(req, changed))
}

/** Unlocking (leaving a document, or taking it over) is for those who may edit the document. */
const deleteLock: Access = async ({ req, id }) => {
  if (!req.user || id === undefined) return isPlatformAdmin(req.user)
  const lock = await lockById(req, id)
  return Boolean(lock) && (await mayEdit(req, lock!))
}

export function scopePayloadCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  if (locks)
    locks.access = { ...locks.access, read: readLocks, create: createLock, update: updateLock, delete: deleteLock }
  // The scheduler's bookkeeping (when each scheduled job last ran): changing it would stop nightly anonymizing.
  const jobStats = config.globals.find((global) => global.slug === JOB_STATS)
  if (jobStats) jobStats.access = { ...jobStats.access, read: isAdmin, update: isAdmin, readVersions: isAdmin }
  return config
}
