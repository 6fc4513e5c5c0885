import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

const MINIMUM_LENGTH = 32
// Values that appear in docs and examples; a server running with one of them signs tokens anyone can forge.
const KNOWN_DEFAULTS = new Set([
  'changeme',
  'change-me',
  'secret',
  'payload',
  'YOUR_SECRET_HERE',
  'replace-with-a-long-random-string',
])

/** Why a secret is unfit for production, or null when it is fine. */
export function secretProblem(secret: string | undefined): string | null {
  if (!secret) return 'PAYLOAD_SECRET is not set.'
  if (KNOWN_DEFAULTS.has(secret)) return 'PAYLOAD_SECRET is a well-known example value.'
  if (secret.length < MINIMUM_LENGTH) return `PAYLOAD_SECRET is shorter than ${MINIMUM_LENGTH} characters.`
  return null
}

/** The secret Payload signs with. Production refuses to start without a strong one. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET
  const problem = secretProblem(secret)
  if (problem && (process.env.NODE_ENV === 'production' || !secret)) {
    throw new Error(
      `${problem} Set PAYLOAD_SECRET to a random string of at least ${MINIMUM_LENGTH} characters ` +
        `(for example: openssl rand -hex 32). With the embedded database, npm run dev/start creates one for you.`,
    )
  }
  return secret as string
}

/** A random secret generated once per machine and kept beside the embedded database. */
export async function localSecret(dataDirectory: string): Promise<string> {
  const file = path.join(dataDirectory, 'payload-secret')
  const existing = await fs.readFile(file, 'utf8').catch(() => '')
  if (existing.trim()) return existing.trim()
  const secret = randomBytes(32).toString('hex')
  await fs.mkdir(dataDirectory, { recursive: true })
  await fs.writeFile(file, secret, { mode: 0o600 })
  return secret
}
