import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { User } from '../../../payload-types'
import { adminError } from '../../../i18n/adminTexts'
import { passwordMatches, type StoredPassword } from '../passwords'
import { accountEmail, countAttempt, forgiveAttempt, signInHits } from '../signInLimits'

/**
 * Changing one's own email or password takes the current password (the virtual `currentPassword` field), so a
 * session left open or stolen cannot take the account over. Admins changing someone else's account do not need
 * it. A wrong current password counts as a failed sign-in of the account.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook<User> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !data || !originalDoc || req.user?.id !== originalDoc.id) return data
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail = typeof data.email === 'string' && accountEmail(data.email) !== accountEmail(originalDoc.email)
  if (!changesPassword && !changesEmail) return data

  const hits = signInHits(req, accountEmail(originalDoc.email))
  await countAttempt(req, hits, 'tooManySignIns')
  const stored = await req.payload.db.findOne<StoredPassword & { id: number }>({
    collection: 'users',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  const currentPassword: unknown = (data as { currentPassword?: unknown }).currentPassword
  if (stored && typeof currentPassword === 'string' && (await passwordMatches(stored, currentPassword))) {
    await forgiveAttempt(req, hits)
    return data
  }
  throw new ValidationError(
    {
      collection: 'users',
      errors: [{ path: 'currentPassword', message: adminError(req, 'currentPassword') }],
    },
    req.t,
  )
}
