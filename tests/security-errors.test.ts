/**
 * Values a client can send that PostgreSQL refuses (a malformed id, an out-of-range number, a negative page,
 * an oversized rate-limit key) answer 4xx on REST and GraphQL, for a visitor and a signed-in editor alike,
 * and no answer carries SQL or a stack trace.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signInAs } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

let payload: Payload
let api: ReturnType<typeof apiClient>
const tokens: Record<string, string | undefined> = { visitor: undefined }

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
  tokens.editor = await signInAs(api, 'editor')
})

/** Fails when an answer reveals SQL or where in the code it failed. */
function expectNothingInternal(text: string) {
  expect(text).not.toMatch(/\bselect\b|\binsert\b|from "/i)
  expect(text).not.toMatch(/\bat \S+ \(|\.ts:\d/)
}

const roles = ['visitor', 'editor'] as const

describe.each(roles)('values PostgreSQL refuses, as %s', (role) => {
  it.each([
    '/clinics/abc',
    '/clinics/99999999999999999999',
    '/clinics?where[id][in]=a,b',
    '/clinics?page=-1',
    '/clinics?where[slug][near]=1,2',
    '/articles?where[tags][contains]=x',
    '/media/file/no-such-file.png',
  ])('GET %s answers 4xx', async (path) => {
    const { status, text } = await api.request('GET', path, { token: tokens[role] })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expectNothingInternal(text)
  })

  it('POST /users/verify/<malformed token> answers 4xx', async () => {
    const { status, text } = await api.request('POST', '/users/verify/abc', { token: tokens[role] })
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expectNothingInternal(text)
  })

  it('a negative page in GraphQL is a client error without SQL', async () => {
    const { status, json } = await api.graphql('{ Clinics(page: -1) { docs { id } } }', tokens[role])
    expect(status).toBeLessThan(500)
    expect(json.errors?.[0]?.extensions?.statusCode).toBe(400)
    expectNothingInternal(JSON.stringify(json))
  })

  it('a lead with a huge X-Forwarded-For answers 4xx or counts as an unknown address', async () => {
    const { status, text } = await api.request('POST', '/leads', {
      token: tokens[role],
      body: {},
      headers: { 'x-forwarded-for': '1'.repeat(10_000) },
    })
    expect(status).toBeLessThan(500)
    expectNothingInternal(text)
  })

  it.each(['/users/login', '/users/forgot-password'])(
    'POST %s with a 100k-character email answers 4xx',
    async (path) => {
      const { status, text } = await api.request('POST', path, {
        token: tokens[role],
        body: { email: `${'a'.repeat(100_000)}@example.com`, password: 'wrong' },
      })
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      expectNothingInternal(text)
    },
  )
})
