import { APIError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook } from 'payload'

import { checkNobodysPassword } from '../passwords'
import { accountEmail, countAttempt, forgiveAttempt, signInHits } from '../signInLimits'

/**
 * Before Payload checks a password (REST and GraphQL sign-ins): counts the attempt per address and per account
 * and refuses floods with 429. For an unknown email it spends the time a password check takes, so both fail
 * alike. Password resets go only through REST (endpoints/forgotPassword.ts), which answers at once.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && req.payloadAPI === 'GraphQL') {
    throw new APIError('Ask for a password reset with POST /api/users/forgot-password.', 403, null, true)
  }
  if (operation !== 'login') return args
  const email = accountEmail(args.data?.email)
  const password: unknown = args.data?.password
  if (!email || typeof password !== 'string' || !password.trim()) return args
  if (req.payloadAPI !== 'local') await countAttempt(req, signInHits(req, email), 'tooManySignIns')
  const account = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: email } },
    select: { id: true },
  })
  if (!account) await checkNobodysPassword(password)
  return args
}

/** A sign-in that succeeded is not held against the address or the account. */
export const forgiveSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI !== 'local') await forgiveAttempt(req, signInHits(req, accountEmail(user.email)))
}
