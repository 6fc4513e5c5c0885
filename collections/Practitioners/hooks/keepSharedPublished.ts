import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { clinicIdsOf, contentRoles, isPlatformAdmin, relationId } from '../../../access/roles'

/**
 * Unpublishing a practitioner who also works for another clinic would take them off that clinic's pages: staff
 * detach their own clinic instead. Draft saves leave the published practitioner alone and stay allowed.
 */
export const keepSharedPublished: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Payload types `args` as the union of every operation's; these are the update's (by id or by `where`).
  const update = args as { id?: number | string; where?: Where; draft?: boolean; data?: { _status?: string } }
  if (operation !== 'update' || update.draft || update.data?._status !== 'draft') return args
  const { user } = req
  if (!user || isPlatformAdmin(user)) return args
  const own = clinicIdsOf(user, contentRoles)
  const target: Where = update.id !== undefined ? { id: { equals: update.id } } : (update.where ?? {})
  const { docs } = await req.payload.find({
    collection: 'practitioners',
    where: { and: [target, { clinics: { in: own } }, { _status: { equals: 'published' } }] },
    select: { clinics: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const shared = docs.some((practitioner) =>
    (practitioner.clinics ?? []).some((clinic) => !own.includes(relationId(clinic) ?? -1)),
  )
  if (shared) {
    throw new APIError(
      'This practitioner also works for another clinic: remove your clinic instead of unpublishing.',
      403,
    )
  }
  return args
}
