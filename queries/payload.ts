import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance the site reads through (Local API, no HTTP round trip). */
export const payloadClient = () => getPayload({ config })

/** Every site query reads as an anonymous visitor: published documents only, access rules applied. */
export const asVisitor = { overrideAccess: false, draft: false } as const
