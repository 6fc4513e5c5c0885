import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

/** Every password a person sets is at least this long (README "Accounts"). */
export const MIN_PASSWORD_LENGTH = 12

// Payload's local strategy stores "pbkdf2-sha256-v1:<hex>" (600 000 iterations, 32 bytes); older hashes have no
// prefix (25 000 iterations, 512 bytes). Payload does not export its checker, so this mirrors it.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const derive = promisify(pbkdf2)

export type StoredPassword = { hash?: string | null; salt?: string | null }

/** Whether `candidate` is the password stored as `hash` and `salt`, in constant time. */
export async function passwordMatches({ hash, salt }: StoredPassword, candidate: string): Promise<boolean> {
  if (!hash || !salt) return false
  const current = hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const derived = await derive(candidate, salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return derived.length === expected.length && timingSafeEqual(derived, expected)
}

const nobody: StoredPassword = {
  hash: `${CURRENT_PREFIX}${'0'.repeat(64)}`,
  salt: randomBytes(32).toString('hex'),
}

/**
 * Spends the time a real password check takes. Payload answers an unknown email before hashing anything, so
 * without this a sign-in attempt would tell whether an account exists by how fast it fails.
 */
export async function checkNobodysPassword(candidate: string): Promise<void> {
  await passwordMatches(nobody, candidate)
}
