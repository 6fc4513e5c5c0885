import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

/** The Payload instance the site reads through (Local API, no HTTP round trip). */
export const payloadClient = () => getPayload({ config })

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
