import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { adminError } from '../../../i18n/adminTexts'
import { MIN_PASSWORD_LENGTH } from '../passwords'

/**
 * The seed passes `{ demoPasswords: true }` in its context (seed/upsert.ts) for the demo accounts it writes
 * into local databases only; every other way of setting a password must meet the policy.
 */
export const DEMO_PASSWORDS_CONTEXT = 'demoPasswords'

/**
 * Every password a person sets, whether creating an account, the first account, changing one's own or resetting
 * it, has at least MIN_PASSWORD_LENGTH characters.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  // Staff creating an account set no password: what they send is dropped and the invitation lets the new user
  // choose one (../invitation.ts).
  if (operation === 'create' && req.user) return args
  const password: unknown = (args as { data?: { password?: unknown } }).data?.password
  // An empty password on update means "unchanged" to Payload.
  if (typeof password !== 'string' || password === '' || password.length >= MIN_PASSWORD_LENGTH) return args
  if (req.payloadAPI === 'local' && req.context[DEMO_PASSWORDS_CONTEXT] === true) return args
  throw new ValidationError(
    {
      collection: 'users',
      errors: [{ path: 'password', message: adminError(req, 'passwordLength', { count: MIN_PASSWORD_LENGTH }) }],
    },
    req.t,
  )
}
