import config from '@payload-config'
import { getPayload } from 'payload'

import { readiness } from '@/database/health'
import { retryAfterSeconds } from '@/database/pool'

// GET /api/ready: readiness for proxies and orchestrators (see README): 200 while this instance can serve
// requests that need the database, 503 with Retry-After while it cannot.
export const dynamic = 'force-dynamic'

export async function GET() {
  const noStore = { 'Cache-Control': 'no-store' }
  const state = await getPayload({ config }).then(readiness, () => undefined)
  if (!state) {
    return Response.json(
      { status: 'unavailable', reason: 'starting' },
      { status: 503, headers: { ...noStore, 'Retry-After': String(retryAfterSeconds()) } },
    )
  }
  const { ready, ...details } = state
  return Response.json(
    { status: ready ? 'ready' : 'unavailable', ...details },
    {
      status: ready ? 200 : 503,
      headers: ready ? noStore : { ...noStore, 'Retry-After': String(retryAfterSeconds()) },
    },
  )
}
