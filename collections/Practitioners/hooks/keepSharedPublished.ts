import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

import { adminError } from '../../../i18n/adminTexts'
import { clinicIdsOf, contentRoles, isPlatformAdmin } from '../../../access/roles'
import { sharedWithOtherClinics } from '../../../access/rules'

/**
 * Unpublishing a practitioner who also works for another clinic would take them off that clinic's pages: staff
 * detach their own clinic instead. Draft saves leave the published practitioner alone and stay allowed.
 */
export const keepSharedPublished: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Payload types `args` as the union of every operation's; these are the update's (by id or by `where`).
  const update = args as { id?: number | string; where?: Where; draft?: boolean; data?: { _status?: string } }
  if (operation !== 'update' || update.draft || update.data?._status !== 'draft') return args
  if (!req.user || isPlatformAdmin(req.user)) return args
  const target: Where = update.id !== undefined ? { id: { equals: update.id } } : (update.where ?? {})
  const shared = await sharedWithOtherClinics(req, 'practitioners', 'clinics', contentRoles, {
    and: [target, { clinics: { in: clinicIdsOf(req.user, contentRoles) } }, { _status: { equals: 'published' } }],
  })
  if (shared.length > 0) {
    throw new APIError(adminError(req, 'sharedPractitioner'), 403)
  }
  return args
}
