/**
 * Accounts against guessing and takeover: only admins lift a lockout; sign-ins and password resets are limited
 * per address and per account and take the same time whether or not the account exists; passwords have at least
 * 12 characters; changing one's own email or password takes the current one; a foreign page cannot write with
 * a signed-in person's session cookie.
 */
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { freePort } from '../bootstrap/freePort'
import { countHits } from '../http/rateLimits'
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, demoStaffEmail } from '../seed/content/users'
import { siteUrl } from '../site/pages'
import { CLINIC_A, CLINIC_B, signInAs, userByEmail } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'
import { runScriptForOutput } from './helpers/scripts'

let payload: Payload
let api: ReturnType<typeof apiClient>
/** A mail server that takes its time, as remote ones do; what it received. */
let mailServer: SMTPServer
const mails: string[] = []

beforeAll(async () => {
  mailServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let body = ''
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()))
      stream.on('end', () => setTimeout(() => (mails.push(body), callback()), 300))
    },
  })
  const port = await freePort()
  await new Promise<void>((resolve) => mailServer.listen(port, '127.0.0.1', resolve))
  // The mail adapter reads these when Payload starts.
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String(port)
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

afterAll(() => new Promise<void>((resolve) => mailServer?.close(() => resolve())))

const staff = (role: 'owner' | 'editor' | 'marketer', clinic = CLINIC_A) => demoStaffEmail(role, clinic)
const LONG_PASSWORD = 'correct-horse-battery'

/** Each test signs in from its own addresses (the first X-Forwarded-For entry, as TRUSTED_PROXY_HOPS=0 reads it). */
let addresses = 0
const newAddress = () => `203.0.113.${(addresses += 1)}`

const signIn = (email: string, password: string, address = newAddress()) =>
  api.request('POST', '/users/login', { body: { email, password }, headers: { 'X-Forwarded-For': address } })

const askForReset = (email: string, address = newAddress()) =>
  api.request('POST', '/users/forgot-password', { body: { email }, headers: { 'X-Forwarded-For': address } })

/** A mail's text with quoted-printable soft line breaks removed. */
const unfolded = (mail: string) => mail.replace(/=\r?\n/g, '')

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

async function timed(request: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await request()
  return performance.now() - started
}

/** When the account's lockout ends (0 when it is not locked); Payload keeps this field out of API reads. */
const lockedUntil = async (email: string) => {
  const account = await payload.db.findOne<{ id: number; lockUntil?: string | null }>({
    collection: 'users',
    where: { email: { equals: email } },
  })
  return account?.lockUntil ? new Date(account.lockUntil).getTime() : 0
}

describe('POST /api/users/unlock', () => {
  const locked = staff('owner', CLINIC_B)

  it('is refused to owners, editors and marketers, and the account stays locked', async () => {
    const until = new Date(Date.now() + 10 * 60_000).toISOString()
    await payload.db.updateOne({
      collection: 'users',
      where: { email: { equals: locked } },
      data: { lockUntil: until, loginAttempts: 10 },
    })
    for (const role of ['owner', 'editor', 'marketer'] as const) {
      const token = await signInAs(api, role)
      const response = await api.request('POST', '/users/unlock', { token, body: { email: locked } })
      expect(response.status, role).toBe(403)
      expect(await lockedUntil(locked), role).toBeGreaterThan(Date.now())
    }
  })

  it('lets an admin lift the lockout', async () => {
    const token = await signInAs(api, 'admin')
    expect((await api.request('POST', '/users/unlock', { token, body: { email: locked } })).status).toBe(200)
    expect(await lockedUntil(locked)).toBeLessThan(Date.now())
  })
})

describe('sign-in limits', () => {
  it('count the failures just before a window ended when the next window begins (a sliding window)', async () => {
    const limit = { max: 20, windowSeconds: 600 }
    const hit = { bucket: `login-ip:sliding-${randomUUID()}`, limit }
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const windowEnd = Math.ceil(Date.now() / 600_000) * 600_000
      vi.setSystemTime(windowEnd - 2_000)
      for (let attempt = 0; attempt < limit.max; attempt += 1) await countHits(payload, [hit])
      // Two seconds later a new 10-minute window has begun; the 20 failures are still within the last 10 minutes.
      vi.setSystemTime(windowEnd + 1_000)
      const [next] = await countHits(payload, [hit])
      expect(next.count).toBe(1)
      expect(next.exceeded).toBe(true)
      // Once most of that window has passed, the old failures no longer count.
      vi.setSystemTime(windowEnd + 590_000)
      expect((await countHits(payload, [hit]))[0].exceeded).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('refuse an address after 20 failed sign-ins with 429 and Retry-After, even with the right password', async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < 20; attempt += 1) {
      expect((await signIn(`guess.${attempt}@example.com`, 'not-the-password', address)).status).toBe(401)
    }
    const refused = await signIn(staff('editor', CLINIC_B), DEMO_PASSWORD, address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.json.errors[0].message).toMatch(/^Too many failed sign-ins .* Try again in \d+ minutes?\.$/)
    // Another address signs in as usual.
    expect((await signIn(staff('editor', CLINIC_B), DEMO_PASSWORD)).status).toBe(200)
  })

  it('refuse an account after 5 failed sign-ins from any addresses, over REST and GraphQL', async () => {
    const email = staff('marketer', CLINIC_B)
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn(email, 'not-the-password')).status).toBe(401)
    }
    const refused = await signIn(email, DEMO_PASSWORD)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const overGraphql = await api.graphql(
      `mutation { loginUser(email: "${email}", password: "${DEMO_PASSWORD}") { token } }`,
    )
    expect(overGraphql.json.data?.loginUser ?? null).toBeNull()
    expect(overGraphql.json.errors[0].message).toMatch(/^Too many failed sign-ins/)
  })

  it('never count sign-ins that succeed, so a busy person or a test suite never meets them', async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < 25; attempt += 1) {
      expect((await signIn(staff('owner', 'dubai-jumeirah'), DEMO_PASSWORD, address)).status).toBe(200)
    }
  })

  it('take as long for an unknown email as for a known one with a wrong password', async () => {
    const known = (['owner', 'editor', 'marketer'] as const).flatMap((role) =>
      ['dubai-jumeirah', CLINIC_A].map((clinic) => staff(role, clinic)),
    )
    const knownTimes: number[] = []
    const unknownTimes: number[] = []
    // Interleaved, so both kinds meet the same load on the machine.
    for (const [index, email] of known.entries()) {
      knownTimes.push(await timed(() => signIn(email, 'wrong-password-guess')))
      unknownTimes.push(await timed(() => signIn(`nobody.${index}@example.com`, 'wrong-password-guess')))
    }
    const [knownMedian, unknownMedian] = [median(knownTimes), median(unknownTimes)]
    expect(unknownMedian / knownMedian, `${unknownMedian} ms against ${knownMedian} ms`).toBeGreaterThan(0.75)
    expect(unknownMedian / knownMedian, `${unknownMedian} ms against ${knownMedian} ms`).toBeLessThan(1.33)
  })
})

describe('password reset requests', () => {
  it('are limited to 3 an hour per account with 429 and Retry-After', async () => {
    const email = staff('editor', 'dubai-jumeirah')
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await askForReset(email)).status).toBe(200)
    const refused = await askForReset(email)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.json.errors[0].message).toMatch(/^Too many password reset requests/)
  })

  it('are limited to 10 an hour per address', async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await askForReset(`someone.${attempt}@example.com`, address)).status).toBe(200)
    }
    expect((await askForReset('someone.else@example.com', address)).status).toBe(429)
  })

  it('answer as fast for an unknown email as for a known one, and still mail the known one its link', async () => {
    // Each account once: Payload sends a second reset mail for an account only after 15 s.
    const known = [
      DEMO_ADMIN_EMAIL,
      ...(['owner', 'editor', 'marketer'] as const).map((role) => staff(role, CLINIC_B)),
      staff('owner', 'dubai-jumeirah'),
    ]
    const knownTimes: number[] = []
    const unknownTimes: number[] = []
    for (const [index, email] of known.entries()) {
      knownTimes.push(await timed(() => askForReset(email)))
      unknownTimes.push(await timed(() => askForReset(`nobody.${index}@example.com`)))
    }
    const [knownMedian, unknownMedian] = [median(knownTimes), median(unknownTimes)]
    // Far below what the mail server's 300 ms would add to a known account's answer.
    expect(Math.abs(unknownMedian - knownMedian), `${unknownMedian} ms against ${knownMedian} ms`).toBeLessThan(50)
    await expect
      .poll(() => mails.some((mail) => mail.includes(DEMO_ADMIN_EMAIL) && unfolded(mail).includes('/admin/reset/')), {
        timeout: 15_000,
      })
      .toBe(true)
  })

  it('are not taken over GraphQL, which would answer only once the mail is out', async () => {
    const response = await api.graphql(`mutation { forgotPasswordUser(email: "${DEMO_ADMIN_EMAIL}") }`)
    expect(response.json.data?.forgotPasswordUser ?? null).toBeNull()
    expect(response.json.errors[0].message).toContain('POST /api/users/forgot-password')
  })
})

describe('passwords', () => {
  it('are never chosen by the admin creating an account: one sent is dropped, however short', async () => {
    const token = await signInAs(api, 'admin')
    const account = { email: 'new.colleague@example.com', role: 'staff', password: 'eleven-char' }
    expect((await api.request('POST', '/users', { token, body: account })).status).toBe(201)
    expect((await signIn(account.email, account.password)).status).toBe(401)
  })

  it('have at least 12 characters when set with a reset link', async () => {
    const email = staff('editor')
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const short = await api.request('POST', '/users/reset-password', { body: { token, password: 'short-pass' } })
    expect(short.status).toBe(400)
    expect(short.text).toContain('Use at least 12 characters.')
    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(200)
  })
})

describe.each(['owner', 'marketer'] as const)('a signed-in %s changing their own account', (role) => {
  const email = staff(role)
  let token: string
  let id: number
  beforeAll(async () => {
    token = await api.login(email, DEMO_PASSWORD)
    id = (await userByEmail(payload, email)).id
  })
  const update = (body: object) => api.request('PATCH', `/users/${id}`, { token, body })

  it('must give the current password to change the password or the email', async () => {
    for (const body of [
      { password: LONG_PASSWORD },
      { password: LONG_PASSWORD, currentPassword: 'not-my-password' },
      { email: `taken.over.${role}@example.com` },
    ]) {
      const response = await update(body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect(response.text).toContain('Enter your current password to change your email or password.')
    }
    expect((await userByEmail(payload, email)).email).toBe(email)
    expect((await signIn(email, DEMO_PASSWORD)).status).toBe(200)
  })

  it('may change other fields without it, and the password with it (at least 12 characters)', async () => {
    expect((await update({ name: `Renamed ${role}` })).status).toBe(200)
    const short = await update({ password: 'short-pass', currentPassword: DEMO_PASSWORD })
    expect(short.status).toBe(400)
    expect(short.text).toContain('Use at least 12 characters.')
    expect((await update({ password: LONG_PASSWORD, currentPassword: DEMO_PASSWORD })).status).toBe(200)
    expect((await signIn(email, LONG_PASSWORD)).status).toBe(200)
  })
})

describe('an admin changing someone else’s account', () => {
  it('needs no current password', async () => {
    const token = await signInAs(api, 'admin')
    const { id } = await userByEmail(payload, staff('editor', 'dubai-jumeirah'))
    const response = await api.request('PATCH', `/users/${id}`, { token, body: { password: LONG_PASSWORD } })
    expect(response.status).toBe(200)
    expect((await signIn(staff('editor', 'dubai-jumeirah'), LONG_PASSWORD)).status).toBe(200)
  })
})

describe('the session cookie', () => {
  it.each([
    ['editor', CLINIC_A],
    ['owner', CLINIC_B],
  ] as const)(
    'writes for an %s of %s from the site’s own origin, never from a foreign one (CSRF)',
    async (role, clinic) => {
      const email = staff(role, clinic)
      const login = await signIn(email, DEMO_PASSWORD)
      const cookie = login.headers.get('set-cookie')!.split(';')[0]
      expect(cookie).toMatch(/^payload-token=/)
      const { id } = login.json.user
      const rename = (origin: string, name: string) =>
        api.request('PATCH', `/users/${id}`, { body: { name }, headers: { Cookie: cookie, Origin: origin } })

      expect((await rename('https://evil.example', 'Renamed by a foreign page')).status).toBe(403)
      expect((await userByEmail(payload, email)).name).not.toBe('Renamed by a foreign page')
      expect((await rename(siteUrl(), 'Renamed at home')).status).toBe(200)
      expect((await userByEmail(payload, email)).name).toBe('Renamed at home')
    },
  )

  it.each([
    ['production', true],
    ['development', false],
  ] as const)('is Secure in %s: %s', async (nodeEnv, secure) => {
    // A fresh process, so the config is built as that environment builds it.
    const { code, output } = await runScriptForOutput(
      [
        '-e',
        "import('./payload.config.ts').then(async ({ default: config }) => { const users = (await config).collections.find((collection) => collection.slug === 'users'); console.log('cookie-secure=' + users.auth.cookies.secure); process.exit(0) })",
      ],
      { ...process.env, NODE_ENV: nodeEnv, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    )
    expect(code, output).toBe(0)
    expect(output).toContain(`cookie-secure=${secure}`)
  })
})

describe('the first account of an empty platform', () => {
  it('needs a password of at least 12 characters', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const register = (password: string) =>
      api.request('POST', '/users/first-register', { body: { email: 'first@example.com', password } })
    const short = await register('short-pass')
    expect(short.status).toBe(400)
    expect(short.text).toContain('Use at least 12 characters.')
    expect((await register(LONG_PASSWORD)).status).toBe(200)
  })
})
