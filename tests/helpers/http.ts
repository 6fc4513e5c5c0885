import type { SanitizedConfig } from 'payload'

import { DEMO_PASSWORD } from '../../seed/content/users'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

type RouteModule = Partial<
  Record<Method, (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>>
>

// The app's own route modules, as Next serves them, so tests go through everything the app puts in front of
// Payload's handlers (size limits, input checks) and the lead intake's own route.
const routes = {
  rest: () => import('../../app/(payload)/api/[...slug]/route') as Promise<RouteModule>,
  leads: () => import('../../app/(payload)/api/leads/route') as Promise<RouteModule>,
  graphql: () => import('../../app/(payload)/api/graphql/route') as Promise<RouteModule>,
}

/** The route module Next serves a path with: the lead intake and GraphQL have their own beside Payload's REST router. */
const routeOf = (pathname: string) =>
  pathname === '/api/leads' ? routes.leads() : pathname === '/api/graphql' ? routes.graphql() : routes.rest()

/**
 * Calls the app's REST and GraphQL routes (app/(payload)/api) with real HTTP requests, so tests exercise
 * authentication headers, query strings, bodies and status codes as a client sees them. The routes load the
 * app's config module, the one `config` was built from; it is awaited so Payload is ready first.
 */
export function apiClient(config: Promise<SanitizedConfig>) {
  const headers = (token?: string) => ({
    'Content-Type': 'application/json',
    ...(token ? { Authorization: `JWT ${token}` } : {}),
  })

  type Options = {
    body?: unknown
    /** Sent as it is, instead of `body` as JSON (a stream is sent chunked, without a Content-Length). */
    rawBody?: string | Uint8Array | ReadableStream<Uint8Array>
    token?: string
    headers?: Record<string, string>
  }

  async function request(method: Method, path: string, { body, rawBody, token, headers: extra }: Options = {}) {
    await config
    const url = new URL(`http://localhost/api${path}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const httpRequest = new Request(url, {
      method,
      headers: { ...headers(token), ...extra },
      body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
      ...(rawBody instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit)
    const response = await (await routeOf(url.pathname))[method]!(httpRequest, { params: Promise.resolve({ slug }) })
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
    async graphql(query: string, token?: string, variables?: Record<string, unknown>) {
      const { status, json } = await request('POST', '/graphql', { body: { query, variables }, token })
      return { status, json }
    },
  }
}

export type ApiClient = ReturnType<typeof apiClient>

/** Signs an account (a demo one by default password) in over HTTP on a running server, as the admin or an integration does; answers its JWT. */
export async function signInOver(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`${email} could not sign in on ${baseUrl}: ${response.status}`)
  return ((await response.json()) as { token: string }).token
}
