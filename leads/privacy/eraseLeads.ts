import type { Endpoint } from 'payload'
import { z } from 'zod'

import { isPlatformAdmin } from '../../access/roles'
import { adminError } from '../../i18n/adminTexts'
import { eraseLeadsOf } from './retention'

const erasureRequest = z.strictObject({
  email: z.email().max(254),
  mode: z.enum(['anonymize', 'delete']),
})

/**
 * POST /api/leads/erase {email, mode}: a person's right to erasure. Platform admins only, across all clinics;
 * answers with how many leads were anonymized or deleted.
 */
export const eraseLeads: Endpoint = {
  path: '/erase',
  method: 'post',
  handler: async (req) => {
    if (!isPlatformAdmin(req.user)) return Response.json({ error: adminError(req, 'eraseAdminsOnly') }, { status: 403 })
    const parsed = erasureRequest.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) {
      return Response.json({ error: 'Send {"email": "…", "mode": "anonymize" | "delete"}.' }, { status: 400 })
    }
    const count = await eraseLeadsOf(req.payload, parsed.data.email, parsed.data.mode)
    req.payload.logger.info({ msg: 'Leads erased on request', mode: parsed.data.mode, count, by: req.user?.id })
    return Response.json({ count, mode: parsed.data.mode })
  },
}
