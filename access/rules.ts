import {
  type Access,
  type CollectionConfig,
  type CollectionSlug,
  type FieldAccess,
  type PayloadRequest,
  type Where,
  appendVersionToQueryKey,
} from 'payload'

import {
  type ClinicRole,
  type Relation,
  clinicIdsOf,
  clinicRoles,
  contentRoles,
  isPlatformAdmin,
  relationId,
} from './roles'

const published = (statusPath: string): Where => ({ [statusPath]: { equals: 'published' } })

/** Platform admins only; also fits the job runner's access (`jobs.access`), which takes only `req`. */
export const isAdmin = ({ req: { user } }: { req: Pick<PayloadRequest, 'user'> }): boolean => isPlatformAdmin(user)

export const isAdminField: FieldAccess = ({ req: { user } }) => isPlatformAdmin(user)

/** Rows whose clinic (at `clinicPath`) is one where the user holds one of `roles`; everything for an admin. */
export const ownClinics =
  (clinicPath: string, roles: readonly ClinicRole[]): Access =>
  ({ req: { user } }) => {
    if (isPlatformAdmin(user)) return true
    const clinicIds = clinicIdsOf(user, roles)
    // No clinic with these roles: refuse outright, which also hides the collection in the admin.
    if (clinicIds.length === 0) return false
    return { [clinicPath]: { in: clinicIds } }
  }

/**
 * Visitors read published documents (or, for documents without drafts, those of a published clinic:
 * `statusPath` = 'clinic._status'); staff read their own clinics' documents, drafts included.
 */
export const publishedOrOwnClinics =
  (clinicPath: string, statusPath = '_status'): Access =>
  (args) =>
    args.req.user ? ownClinics(clinicPath, clinicRoles)(args) : published(statusPath)

/**
 * The version history of the documents `read` lets a signed-in user read: the same rule over each version's own
 * fields (`version.clinic`, or `parent` for the document's id), as Payload itself maps `read` for `?draft=true`.
 * Visitors read no versions: old versions and drafts are never public.
 */
export const versionsOf =
  (read: Access): Access =>
  async (args) => {
    if (!args.req.user) return false
    const result = await read(args)
    return typeof result === 'object' ? appendVersionToQueryKey(result) : result
  }

/**
 * Of the documents `where` matches, the ids of those that also belong to a clinic where the user holds none of
 * `roles` (at the hasMany `clinicPath`): a practitioner of clinics A and B, to staff of A.
 */
export async function sharedWithOtherClinics(
  req: PayloadRequest,
  collection: CollectionSlug,
  clinicPath: string,
  roles: readonly ClinicRole[],
  where: Where,
): Promise<(number | string)[]> {
  const own = new Set(clinicIdsOf(req.user, roles))
  // A Where on a hasMany relationship matches any one of its values, so "every clinic is mine" needs the list.
  const { docs } = await req.payload.find({
    collection,
    where,
    select: { [clinicPath]: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs
    .filter((doc) => {
      const clinics = (doc as unknown as Record<string, unknown>)[clinicPath]
      return Array.isArray(clinics) && clinics.some((clinic: Relation) => !own.has(relationId(clinic) ?? -1))
    })
    .map((doc) => doc.id)
}

/**
 * Documents whose clinics (at the hasMany `clinicPath`) are all the user's: a document shared with another clinic
 * stays while that clinic still has it, so staff of A can only detach A.
 */
export const allOwnClinics =
  (collection: CollectionSlug, clinicPath: string, roles: readonly ClinicRole[]): Access =>
  async (args) => {
    const scope = await ownClinics(clinicPath, roles)(args)
    if (typeof scope !== 'object') return scope
    const shared = await sharedWithOtherClinics(args.req, collection, clinicPath, roles, scope)
    return shared.length === 0 ? scope : { and: [scope, { id: { not_in: shared } }] }
  }

/** Visitors read published documents; any signed-in user reads all (the shared catalogue). */
export const publishedOrSignedIn: Access = ({ req: { user } }) => (user ? true : published('_status'))

/** Creating needs a content role somewhere; the clinic field's validation decides which clinic. */
export const canWriteContent: Access = ({ req: { user } }) =>
  isPlatformAdmin(user) || clinicIdsOf(user, contentRoles).length > 0

/**
 * Access to a clinic's drafted content (at `clinicPath`: its clinic, or its clinics when shared): content staff of
 * the clinic create, edit and delete it; visitors read it once published, staff their own clinics' drafts and versions.
 */
export const clinicContent = (clinicPath: string) =>
  ({
    create: canWriteContent,
    read: publishedOrOwnClinics(clinicPath),
    readVersions: versionsOf(publishedOrOwnClinics(clinicPath)),
    update: ownClinics(clinicPath, contentRoles),
    delete: ownClinics(clinicPath, contentRoles),
  }) satisfies CollectionConfig['access']

/** A clinic's own field that only admins and that clinic's owners may see and change (its privacy and CRM settings). */
export const clinicOwnerField: FieldAccess = ({ req: { user }, id, doc }) =>
  isPlatformAdmin(user) || clinicIdsOf(user, ['owner']).includes(Number(doc?.id ?? id))
