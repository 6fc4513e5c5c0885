import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/**
 * Calls the app's own REST and GraphQL route handlers (the ones app/(payload)/api serves) with real
 * HTTP requests, so tests exercise authentication headers, query strings and status codes as a client sees them.
 */
export function apiClient(config: Promise<SanitizedConfig>) {
  const rest = {
    GET: REST_GET(config),
    POST: REST_POST(config),
    PATCH: REST_PATCH(config),
    DELETE: REST_DELETE(config),
  }
  const graphql = GRAPHQL_POST(config)

  const headers = (token?: string) => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `JWT ${token}` } : {}),
  })

  type Options = {
    body?: unknown
    /** Sent as it is, instead of `body` as JSON. */
    rawBody?: string
    token?: string
    headers?: Record<string, string>
  }

  async function request(method: Method, path: string, { body, rawBody, token, headers: extra }: Options = {}) {
    const url = new URL(`http://localhost/api${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const httpRequest = new Request(url, {
      method,
      headers: { ...headers(token), ...extra },
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    // As in the app, the public lead intake has its own route beside Payload's REST router.
    const response =
      method === 'POST' && url.pathname === '/api/leads'
        ? await (await import('../../app/(payload)/api/leads/route')).POST(httpRequest)
        : await rest[method](httpRequest, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('json')
    return { status: response.status, headers: response.headers, text, json: text && isJson ? JSON.parse(text) : null }
  }

  return {
    request,
    async login(email: string, password: string): Promise<string> {
      const { status, json } = await request('POST', '/users/login', { body: { email, password } })
      if (status !== 200 || !json.token) throw new Error(`login of ${email} failed with ${status}`)
      return json.token
    },
    async graphql(query: string, token?: string) {
      const response = await graphql(
        new Request('http://localhost/api/graphql', {
          method: 'POST',
          headers: headers(token),
          body: JSON.stringify({ query }),
        }),
      )
      return { status: response.status, json: await response.json() }
    },
  }
}
