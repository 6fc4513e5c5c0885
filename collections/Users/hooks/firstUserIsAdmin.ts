import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

// Against an empty external database the admin's "create first user" screen is the only way in:
// that first account must be able to manage everything.
export const firstUserIsAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create' || req.user) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
