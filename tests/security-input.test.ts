/**
 * What an anonymous client (or a signed-in one) can send to the public inputs: GraphQL queries of bounded cost,
 * bodies read no further than their limit, and text PostgreSQL cannot store (NUL) or JSON nested too deep to
 * validate refused with a 4xx on every channel (REST, GraphQL, the site's form action, preview, revalidate),
 * never a 5xx.
 */
import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { graphQLLimits } from '../http/graphqlLimits'
import { translatorFor } from '../i18n/translator'
import { CLINIC_A, clinicId, signInAs } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

// The form action and the preview endpoint run inside a Next request; here they get its headers and cookies.
const nextRequest = vi.hoisted(() => ({ cookies: new Map<string, string>(), redirectedTo: undefined as unknown }))
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => ({ value: nextRequest.cookies.get(name) }) }),
  headers: async () => new Headers({ 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` }),
  draftMode: async () => ({ enable() {}, disable() {}, isEnabled: false }),
}))
vi.mock('next/navigation', () => ({
  redirect: (path: string) => {
    nextRequest.redirectedTo = path
    throw new Error(`redirected to ${path}`)
  },
}))

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

/** `count` aliases of one count query: each alias is its own SQL query. */
const aliasedCounts = (count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `c${index}: countClinics { totalDocs }`).join(' ')} }`

const MB = 1024 * 1024

/** A chunked body of `bytes` spaces, counting what the server pulled from it. */
function hugeBody(bytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const body = { pulled: 0, stream: undefined as unknown as ReadableStream<Uint8Array> }
  body.stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (body.pulled >= bytes) return controller.close()
        body.pulled += chunk.length
        controller.enqueue(chunk)
      },
    },
    // Nothing is pulled before the server reads.
    { highWaterMark: 0 },
  )
  return body
}

async function multipart(fields: Record<string, string | Blob>) {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  const encoded = new Response(form)
  return {
    rawBody: new Uint8Array(await encoded.arrayBuffer()),
    headers: { 'Content-Type': encoded.headers.get('content-type')! },
  }
}

describe('GraphQL cost per request', () => {
  it('refuses 300 aliases of a count query before running any, from a visitor and a signed-in marketer', async () => {
    for (const token of [undefined, await signInAs(api, 'marketer')]) {
      const { status, json } = await api.graphql(aliasedCounts(300), token)
      expect(status).toBe(400)
      expect(json.data).toBeUndefined()
      expect(json.errors[0].message).toMatch(/at most \d+ tokens/)
    }
  })

  it('refuses more top-level fields than allowed, and answers as many as allowed', async () => {
    const tooMany = await api.graphql(aliasedCounts(graphQLLimits.rootFields + 1))
    expect(tooMany.json.data).toBeUndefined()
    expect(tooMany.json.errors.map((error: { message: string }) => error.message)).toContain(
      `At most ${graphQLLimits.rootFields} top-level fields per request (aliases count); got ${graphQLLimits.rootFields + 1}.`,
    )
    const allowed = await api.graphql(aliasedCounts(graphQLLimits.rootFields))
    expect(allowed.json.errors).toBeUndefined()
    expect(allowed.json.data.c0.totalDocs).toBe(3)
  })

  it('refuses selections nested deeper than allowed, also through fragments', async () => {
    // Clinic → hero image → its clinic → …: relationships can nest without end.
    const nested = (levels: number) =>
      `{ Clinics { docs { ${'heroImage { clinic { '.repeat(levels)}name${' } }'.repeat(levels)} } } }`
    const refused = await api.graphql(nested(3))
    expect(refused.json.data).toBeUndefined()
    expect(refused.json.errors[0].message).toBe(`Selections may nest at most ${graphQLLimits.depth} levels deep.`)
    const throughFragments = await api.graphql(
      `{ Clinics { docs { ...A } } } fragment A on Clinic { heroImage { clinic { ...B } } }
       fragment B on Clinic { heroImage { clinic { heroImage { clinic { name } } } } }`,
    )
    expect(throughFragments.json.errors[0].message).toBe(
      `Selections may nest at most ${graphQLLimits.depth} levels deep.`,
    )
    const allowed = await api.graphql(nested(2))
    expect(allowed.json.errors).toBeUndefined()
    expect(allowed.json.data.Clinics.docs).toHaveLength(3)
  })

  it('refuses listing more documents than allowed, as a literal or a variable', async () => {
    for (const [query, variables] of [
      [`{ Clinics(limit: ${graphQLLimits.documents + 1}) { docs { id } } }`, undefined],
      ['{ Clinics(limit: 0) { docs { id } } }', undefined],
      ['{ Clinics(pagination: false) { docs { id } } }', undefined],
      ['query ($n: Int) { Clinics(limit: $n) { docs { id } } }', { n: 100_000 }],
      ['query ($n: Int = 0) { Clinics(limit: $n) { docs { id } } }', undefined],
      ['query ($all: Boolean = false) { Clinics(pagination: $all) { docs { id } } }', undefined],
    ] as const) {
      const { json } = await api.graphql(query, undefined, variables)
      expect(json.data, query).toBeUndefined()
      expect(json.errors[0].message, query).toMatch(/limit must be|pagination: false/)
    }
    const allowed = await api.graphql(`{ Clinics(limit: ${graphQLLimits.documents}) { docs { id } } }`)
    expect(allowed.json.data.Clinics.docs).toHaveLength(3)
  })
})

describe('request bodies', () => {
  it('refuses a 25 MB login body by its declared length, without reading it', async () => {
    const body = hugeBody(25 * MB)
    const response = await api.request('POST', '/users/login', {
      rawBody: body.stream,
      headers: { 'Content-Length': String(25 * MB) },
    })
    expect(response.status).toBe(413)
    expect(response.json.errors[0].message).toMatch(/too large/)
    expect(body.pulled).toBe(0)
  })

  it('stops reading a chunked body at the limit, on REST and GraphQL', async () => {
    for (const send of [
      (stream: ReadableStream<Uint8Array>) => api.request('POST', '/users/login', { rawBody: stream }),
      (stream: ReadableStream<Uint8Array>) => api.request('PATCH', '/clinics/1', { rawBody: stream }),
      (stream: ReadableStream<Uint8Array>) => api.request('POST', '/graphql', { rawBody: stream }),
    ]) {
      const body = hugeBody(64 * MB)
      const response = await send(body.stream)
      expect(response.status).toBe(413)
      expect(body.pulled).toBeLessThan(2 * MB)
    }
  })

  it('still takes an owner’s image upload, and refuses one over the upload limit unread', async () => {
    const token = await signInAs(api, 'owner')
    const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#eee' } })
      .png()
      .toBuffer()
    const upload = await multipart({
      file: new Blob([new Uint8Array(image)], { type: 'image/png' }),
      _payload: JSON.stringify({ alt: 'Waiting room', clinic: await clinicId(payload, CLINIC_A) }),
    })
    const created = await api.request('POST', '/media', { ...upload, token })
    expect(created.status, created.text).toBe(201)
    expect(created.json.doc.alt).toBe('Waiting room')

    const body = hugeBody(50 * MB)
    const tooLarge = await api.request('POST', '/media', {
      rawBody: body.stream,
      token,
      headers: { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(50 * MB) },
    })
    expect(tooLarge.status).toBe(413)
    expect(body.pulled).toBe(0)
  })
})

describe('text PostgreSQL cannot store, and JSON too deep to validate', () => {
  const refusedAsBadInput = (response: { status: number; text: string }) => {
    expect(response.status, response.text).toBe(400)
    expect(response.text).not.toMatch(/at \w+ \(|select |insert |postgres/i)
  }

  it('refuses NUL in a REST query string or path, from a visitor and a signed-in editor', async () => {
    for (const token of [undefined, await signInAs(api, 'editor')]) {
      refusedAsBadInput(await api.request('GET', '/clinics?where[slug][equals]=%00', { token }))
      refusedAsBadInput(await api.request('GET', '/clinics?where[%00][equals]=x', { token }))
      refusedAsBadInput(await api.request('GET', '/clinics/%00', { token }))
    }
    expect((await api.request('GET', '/clinics?where[slug][equals]=berlin-mitte')).json.totalDocs).toBe(1)
  })

  it('refuses NUL and deep nesting in a login body, as JSON and as Payload’s form data', async () => {
    refusedAsBadInput(await api.request('POST', '/users/login', { body: { email: 'a\u0000@x.test', password: 'x' } }))
    refusedAsBadInput(await api.request('POST', '/users/login', { body: { email: 'a\ud800@x.test', password: 'x' } }))
    refusedAsBadInput(
      await api.request('POST', '/users/login', { rawBody: `{"email":${'['.repeat(100_000)}${']'.repeat(100_000)}}` }),
    )
    refusedAsBadInput(await api.request('POST', '/users/login', await multipart({ _payload: '{"email":"\\u0000"}' })))
    refusedAsBadInput(await api.request('POST', '/users/login', await multipart({ _payload: '{"email":' })))
    refusedAsBadInput(await api.request('POST', '/users/login', await multipart({ email: 'a\u0000@x.test' })))
  })

  it('refuses NUL in a signed-in owner’s document update', async () => {
    const token = await signInAs(api, 'owner')
    const id = await clinicId(payload, CLINIC_A)
    refusedAsBadInput(await api.request('PATCH', `/clinics/${id}`, { token, body: { phone: '+44\u0000' } }))
    const updated = await api.request('PATCH', `/clinics/${id}`, { token, body: { phone: '+44 20 7946 0000' } })
    expect(updated.status).toBe(200)
  })

  it('refuses NUL in a GraphQL string or variable', async () => {
    const literal = await api.graphql('{ Clinics(where: { slug: { equals: "\\u0000" } }) { docs { id } } }')
    expect(literal.json.data).toBeUndefined()
    expect(literal.json.errors[0].message).toMatch(/NUL/)
    const variable = await api.graphql(
      'query ($slug: String) { Clinics(where: { slug: { equals: $slug } }) { docs { id } } }',
      undefined,
      { slug: '\u0000' },
    )
    expect(variable.status).toBe(400)
    expect(variable.json.errors[0].message).toMatch(/NUL/)
  })

  it('keeps the preview endpoint’s answers within 4xx and redirects: NUL, non-ASCII and broken paths', async () => {
    const token = await signInAs(api, 'owner')
    refusedAsBadInput(await api.request('GET', '/preview?path=/en/%00', { token }))
    for (const path of ['//[', '/\\evil.example', 'https://evil.example']) {
      const response = await api.request('GET', `/preview?path=${encodeURIComponent(path)}`, { token })
      expect(response.status, path).toBe(400)
    }
    const accented = await api.request('GET', `/preview?path=${encodeURIComponent('/fr/cliniques/é')}`, { token })
    expect([accented.status, accented.headers.get('location')]).toEqual([307, '/fr/cliniques/%C3%A9'])
  })

  it('keeps the revalidate endpoint’s answers within 4xx: huge, NUL and signed but broken bodies', async () => {
    const body = hugeBody(64 * MB)
    expect((await api.request('POST', '/revalidate', { rawBody: body.stream })).status).toBe(413)
    expect(body.pulled).toBeLessThan(2 * MB)
    refusedAsBadInput(await api.request('POST', '/revalidate', { body: { paths: ['/en/\u0000'] } }))
    const broken = '{"paths":'
    const signature = createHmac('sha256', payload.secret).update(broken).digest('hex')
    const signed = await api.request('POST', '/revalidate', {
      rawBody: broken,
      headers: { 'x-revalidate-signature': signature },
    })
    expect(signed.status).toBe(400)
  })
})

describe('the site’s consultation form (its server action)', () => {
  const formWith = (fields: Record<string, string>) => {
    const form = new FormData()
    const filled = {
      clinic: 'berlin-mitte',
      name: 'Mara Schulz',
      email: `mara.${Date.now()}.${Math.random()}@example.com`,
      consent: 'on',
      locale: 'de',
      startedAt: String(Date.now() - 60_000),
      ...fields,
    }
    for (const [name, value] of Object.entries(filled)) form.set(name, value)
    return form
  }
  const submit = async (fields: Record<string, string>) => {
    const { submitConsultation } = await import('../components/LeadForm/submitConsultation')
    nextRequest.redirectedTo = undefined
    try {
      return await submitConsultation({ errors: {}, values: {} }, formWith(fields))
    } catch (error) {
      if (nextRequest.redirectedTo) return { redirectedTo: nextRequest.redirectedTo }
      throw error
    }
  }

  it('shows a NUL in a field as that field’s error, in the visitor’s language', async () => {
    const state = await submit({ name: 'Mara\u0000' })
    expect(state).toMatchObject({ errors: { name: translatorFor('de')('LeadErrors.invalidCharacters') } })
  })

  it('takes the request when the attribution cookie or request id carry what cannot be stored', async () => {
    for (const cookie of [JSON.stringify({ firstTouch: { utm_source: 'x\u0000' } }), '%E0%A4%A']) {
      nextRequest.cookies.set('lumen_attribution', cookie)
      const email = `cookie.${Math.random()}@example.com`
      expect(await submit({ email, requestId: 'x\u0000' })).toHaveProperty('redirectedTo')
      const { docs } = await payload.find({ collection: 'leads', where: { email: { equals: email } }, depth: 0 })
      expect(docs).toHaveLength(1)
      expect(JSON.stringify(docs[0].attribution ?? {})).not.toContain('\\u0000')
    }
    nextRequest.cookies.clear()
  })
})
