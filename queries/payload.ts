import config from '@payload-config'
import { getPayload } from 'payload'

/** The Payload instance the site reads through (Local API, no HTTP round trip). */
export const payloadClient = () => getPayload({ config })
