import type { CollectionBeforeChangeHook } from 'payload'

import { formerDomainsAfter } from '../../../domain/hostNames'
import type { Clinic } from '../../../payload-types'

/**
 * When a clinic's domain changes or is removed, the one it had is added to its former domains, so the old host
 * can redirect to the clinic's new address. Worked out from the live (published) clinic on every save, whatever
 * the save sends: nobody, admins and scripts included, writes the list, and a domain tried only in a draft is
 * never remembered. A draft's own list says what publishing it would make.
 */
export const rememberFormerDomain: CollectionBeforeChangeHook<Clinic> = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  // Drafts are saved as versions only; the clinic's own row is what visitors are served.
  const live =
    operation === 'update' && originalDoc
      ? await req.payload.db.findOne<Clinic>({
          collection: 'clinics',
          where: { id: { equals: originalDoc.id } },
          select: { customDomain: true, formerDomains: true },
          req,
        })
      : null
  const next = data.customDomain === undefined ? originalDoc?.customDomain : data.customDomain
  return { ...data, formerDomains: formerDomainsAfter(live?.formerDomains, live?.customDomain, next) }
}
