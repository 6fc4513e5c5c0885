import type { AfterErrorHook } from 'payload'

import { errorChain, isDatabaseUnavailable } from '../database/pool'

const REFUSED_VALUE = 'The request has a value that cannot be used here.'
const UNAVAILABLE = 'The service is busy or restarting. Please try again in a moment.'

/**
 * Whether the request, not the server, is at fault: PostgreSQL refused a value the client sent (SQLSTATE class 22,
 * "data exception": a malformed id, a number out of range, a negative offset; 54000: a key too long for its
 * index), or the query names an operator or field Payload's SQL builder cannot express for that field.
 */
export function isRefusedValue(error: unknown): boolean {
  for (const link of errorChain(error)) {
    const code = typeof link.code === 'string' ? link.code : ''
    if (code.startsWith('22') || code === '54000') return true
    const message = typeof link.message === 'string' ? link.message : ''
    if (/^adapter\.operators\[\w+\] is not a function$|^Cannot find field for path at /.test(message)) return true
  }
  return false
}

/** Payload's error answer with `status` and `message`, on REST or GraphQL. */
function errorAnswer(status: number, message: string, graphqlResult: Parameters<AfterErrorHook>[0]['graphqlResult']) {
  if (graphqlResult) {
    return {
      graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: status } },
    }
  }
  return { status, response: { errors: [{ message }] } }
}

/**
 * Maps database errors to what they mean for the client, on REST and GraphQL, instead of a 500: a value
 * PostgreSQL refuses is the client's fault (400); a database that is down or out of connections is a 503 to
 * retry (http/payloadRoutes.ts adds Retry-After). The message names no SQL (Payload still logs the error).
 */
export const databaseErrorAnswers: AfterErrorHook = ({ error, graphqlResult }) => {
  if (isDatabaseUnavailable(error)) return errorAnswer(503, UNAVAILABLE, graphqlResult)
  if (isRefusedValue(error)) return errorAnswer(400, REFUSED_VALUE, graphqlResult)
}
