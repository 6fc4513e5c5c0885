import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH } from '@payloadcms/next/routes'

import { receiveLead } from '@/leads/intake/receiveLead'
import { checkedRequests } from '@/http/payloadRoutes'
import { payloadIfReady } from '@/queries/payload'

// POST /api/leads is the public consultation intake. It is served here, beside Payload's REST router rather
// than through it, because that router's per-request setup (authentication, i18n) halves the intake's
// throughput and a visitor's request needs none of it; it reads and checks its body itself (receiveLead).
// Every other method is Payload's own, checked as in app/(payload)/api/[...slug]/route.ts.
export const POST = async (request: Request) => receiveLead(request, await payloadIfReady())

const payloadRest = {
  GET: checkedRequests(REST_GET(config)),
  PATCH: checkedRequests(REST_PATCH(config)),
  DELETE: checkedRequests(REST_DELETE(config)),
  OPTIONS: checkedRequests(REST_OPTIONS(config)),
}
const leadsCollection = () => ({ params: Promise.resolve({ slug: ['leads'] }) })
export const GET = (request: Request) => payloadRest.GET(request, leadsCollection())
export const PATCH = (request: Request) => payloadRest.PATCH(request, leadsCollection())
export const DELETE = (request: Request) => payloadRest.DELETE(request, leadsCollection())
export const OPTIONS = (request: Request) => payloadRest.OPTIONS(request, leadsCollection())
