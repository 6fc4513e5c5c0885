import type { AfterErrorHook } from 'payload'

const REFUSED_VALUE = 'The request has a value that cannot be used here.'

/** The errors an error wraps: Payload wraps the driver's error in drizzle's, GraphQL wraps it again. */
function* errorChain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>()
  let current = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    yield current as Record<string, unknown>
    const next = current as { cause?: unknown; originalError?: unknown }
    current = next.cause ?? next.originalError
  }
}

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

/**
 * Answers values PostgreSQL refuses with 400 in Payload’s error format, on REST and GraphQL, instead of a 500;
 * the message names no SQL (Payload still logs the error in full).
 */
export const refusedValueAsBadRequest: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isRefusedValue(error)) return
  if (graphqlResult) {
    return {
      graphqlResult: {
        ...graphqlResult,
        message: REFUSED_VALUE,
        extensions: { ...graphqlResult.extensions, statusCode: 400 },
      },
    }
  }
  return { status: 400, response: { errors: [{ message: REFUSED_VALUE }] } }
}
