/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
// Changed by hand: each handler is wrapped in checkedRequests (bounded bodies, no NUL, no deep JSON; see
// http/payloadRoutes.ts). Payload does not regenerate this file; keep the wrapper if you replace it.
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { checkedRequests } from '@/http/payloadRoutes'

export const GET = checkedRequests(REST_GET(config))
export const POST = checkedRequests(REST_POST(config))
export const DELETE = checkedRequests(REST_DELETE(config))
export const PATCH = checkedRequests(REST_PATCH(config))
export const PUT = checkedRequests(REST_PUT(config))
export const OPTIONS = checkedRequests(REST_OPTIONS(config))
