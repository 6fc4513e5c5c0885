import { addDataAndFileToRequest, APIError, type Endpoint, headersWithCors, isolateObjectProperty } from 'payload'

import { accountEmail, countAttempt, passwordResetHits } from '../signInLimits'

/**
 * POST /api/users/forgot-password, in place of Payload's own: limited per address and per account, and it
 * answers at once, the same for every email. The reset itself (lookup, token, mail) runs after the answer, so
 * neither its duration nor a failing mail server tells whether an account exists.
 */
export const forgotPasswordEndpoint: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = accountEmail(req.data?.email)
    if (!email) throw new APIError('Missing email.', 400, null, true)
    await countAttempt(req, passwordResetHits(req, email), 'tooManyResets')
    void req.payload
      .forgotPassword({ collection: 'users', data: { email }, req: isolateObjectProperty(req, 'transactionID') })
      .catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'Password reset failed' }))
    return Response.json(
      { message: req.t('general:success') },
      { headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
