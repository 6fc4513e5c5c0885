// GET /api/health: liveness. The process is up and answering; it needs nothing else (see /api/ready).
export const dynamic = 'force-dynamic'

export const GET = () => Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
