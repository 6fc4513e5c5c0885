import { retryAfterSeconds } from '../database/pool'
import { graphQLDocumentTooLong, graphQLLimits } from './graphqlLimits'
import { isStorableText } from '../domain/storableText'
import { parseJson, readBody } from './requestBody'

/** JSON (REST, GraphQL): far above any document or query, far below what would tie up the server. */
const MAX_JSON_BYTES = 1024 * 1024
/** Multipart: uploads to media (and the admin's saves, which Payload sends as form data). */
const MAX_MULTIPART_BYTES = 20 * 1024 * 1024

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const unstorable = () => refuse(400, 'The request contains characters that cannot be stored (such as NUL).')

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** A query string or path Payload would decode into text PostgreSQL cannot store (`?where[slug][equals]=%00`). */
const hasUnstorableAddress = (url: URL) =>
  !isStorableText(decoded(url.pathname)) ||
  [...url.searchParams].some(([key, value]) => !isStorableText(key) || !isStorableText(value))

/** The refusal of a form body's fields, including the JSON document Payload reads from `_payload`. */
async function formDataRefusal(body: Uint8Array<ArrayBuffer>, contentType: string): Promise<Response | undefined> {
  let form: FormData
  try {
    form = await new Response(body, { headers: { 'Content-Type': contentType } }).formData()
  } catch {
    return refuse(400, 'Invalid multipart body.')
  }
  for (const [name, value] of form) {
    if (!isStorableText(name)) return unstorable()
    if (typeof value !== 'string') continue
    if (name === '_payload') {
      const parsed = parseJson(value)
      if (!parsed) return refuse(400, 'Invalid JSON.')
      if (parsed.unstorableAt) return unstorable()
    } else if (!isStorableText(value)) {
      return unstorable()
    }
  }
}

type Handler<Context> = (request: Request, context: Context) => Promise<Response> | Response

/** A 503 (the database is away: http/databaseErrors.ts) tells the client when to try again. */
async function withRetryAfter(answer: Response | Promise<Response>) {
  const response = await answer
  if (response.status === 503 && !response.headers.has('Retry-After')) {
    response.headers.set('Retry-After', String(retryAfterSeconds()))
  }
  return response
}

/**
 * Payload's REST and GraphQL handlers with the request checked first: an address or body Payload would turn
 * into text PostgreSQL cannot store, or JSON nested deeper than any document, is a 400; a body over its limit
 * is a 413, read no further than the limit (Payload itself would read and parse all of it). The handler gets
 * the same request with the body already read; a 503 it answers gets Retry-After. `refuseJson` adds a route's own check of a JSON body.
 */
export function checkedRequests<Context>(
  handler: Handler<Context>,
  refuseJson: (body: unknown) => Response | undefined = () => undefined,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    if (hasUnstorableAddress(new URL(request.url))) return unstorable()
    if (!request.body) return withRetryAfter(handler(request, context))
    const contentType = request.headers.get('content-type') ?? ''
    const multipart = contentType.toLowerCase().startsWith('multipart/')
    const body = await readBody(request, multipart ? MAX_MULTIPART_BYTES : MAX_JSON_BYTES)
    if (!body) return refuse(413, 'The request body is too large.')
    if (multipart) {
      const refusal = await formDataRefusal(body, contentType)
      if (refusal) return refusal
    } else if (body.length > 0) {
      const parsed = parseJson(new TextDecoder().decode(body))
      if (!parsed && contentType.toLowerCase().includes('json')) return refuse(400, 'Invalid JSON.')
      if (parsed?.unstorableAt) return unstorable()
      const refusal = parsed && refuseJson(parsed.value)
      if (refusal) return refusal
    }
    const { method, headers, signal } = request
    return withRetryAfter(handler(new Request(request.url, { method, headers, signal, body }), context))
  }
}

/** The GraphQL route's own check: a document too long to validate safely is refused before graphql-js sees it. */
export const refuseLongGraphQL = (body: unknown) =>
  graphQLDocumentTooLong((body as { query?: unknown } | null)?.query)
    ? refuse(400, `A GraphQL document may have at most ${graphQLLimits.tokens} tokens.`)
    : undefined
