import type { CollectionBeforeValidateHook } from 'payload'

/**
 * Everyone is listed by name (as assignee of a lead, for example): an account created without one, or whose
 * name is cleared, gets the part of its email before the @ until someone writes the real name.
 */
export const nameFromEmail: CollectionBeforeValidateHook = ({ data, operation, originalDoc }) => {
  if (!data) return data
  const cleared = 'name' in data && !(typeof data.name === 'string' && data.name.trim())
  const missing = operation === 'create' && !(typeof data.name === 'string' && data.name.trim())
  const email: unknown = data.email ?? originalDoc?.email
  return (cleared || missing) && typeof email === 'string' ? { ...data, name: email.split('@')[0] } : data
}
