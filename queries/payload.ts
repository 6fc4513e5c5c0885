import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload, type Payload } from 'payload'
import { cache } from 'react'

/** The Payload instance the site reads through (Local API, no HTTP round trip). */
export const payloadClient = () => getPayload({ config })

/** How long a visitor's request waits for Payload to finish starting. */
const PAYLOAD_START_WAIT_MS = 2_000

/**
 * The Payload instance, or undefined when it is not ready within PAYLOAD_START_WAIT_MS (it goes on starting in
 * the background) or cannot start (the database is away). Right after a (re)start Payload takes seconds to
 * connect and load, and longer under a flood of retries: a lead that needs it is asked to come back in a moment
 * (503) instead of waiting that out.
 */
export async function payloadIfReady(): Promise<Payload | undefined> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), PAYLOAD_START_WAIT_MS)
  })
  try {
    return await Promise.race([payloadClient().catch(() => undefined), late])
  } finally {
    clearTimeout(timer)
  }
}

/** Every site query reads as an anonymous visitor: published documents only, access rules applied. */
export const asVisitor = { overrideAccess: false, draft: false } as const

/**
 * Who reads the page being rendered. Normally a visitor (the static, cached page). In draft mode, which only
 * signed-in staff can switch on (/api/preview), the page renders per request with the drafts they may read.
 */
export const currentReader = cache(async () => {
  if (!(await draftMode()).isEnabled) return asVisitor
  const { user } = await (await payloadClient()).auth({ headers: await headers() })
  return user ? { overrideAccess: false, draft: true, user } : asVisitor
})
