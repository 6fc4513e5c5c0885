import type { Payload, RelationshipField, Validate } from 'payload'

import { type Relation, clinicIdsOf, isPlatformAdmin, leadRoles, relationId } from '../../access/roles'
import { adminError } from '../../i18n/adminTexts'

/** The lead's clinic: from the data being saved, or (for a change of assignee only) from the stored lead. */
async function leadClinicId(payload: Payload, clinic: Relation, leadId: number | string | undefined) {
  if (clinic || !leadId) return relationId(clinic)
  const lead = await payload.findByID({
    collection: 'leads',
    id: leadId,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    select: { clinic: true },
  })
  return relationId(lead?.clinic)
}

/**
 * The colleague who works the lead: an owner or marketer of the lead's own clinic (or a platform admin, through
 * the API). The list offers exactly those of the clinic; the server refuses anyone else (an editor, another
 * clinic's marketer).
 */
export const assigneeField: RelationshipField = {
  name: 'assignee',
  type: 'relationship',
  relationTo: 'users',
  index: true,
  admin: { position: 'sidebar' },
  // Only the people who may work this lead, by name: an editor of the clinic would be refused on save.
  filterOptions: async ({ data, req }) => {
    const clinicId = relationId(data?.clinic as Relation)
    // The clinic comes from the form: name nobody of a clinic whose leads this user may not read.
    const mayRead = isPlatformAdmin(req.user) || (clinicId && clinicIdsOf(req.user, leadRoles).includes(clinicId))
    if (!clinicId || !mayRead) return false
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { 'memberships.clinic': { equals: clinicId } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { memberships: true },
      req,
    })
    const colleagues = docs.filter((user) => clinicIdsOf(user, leadRoles).includes(clinicId)).map((user) => user.id)
    return colleagues.length > 0 ? { id: { in: colleagues } } : false
  },
  validate: (async (value, { req, siblingData, id }) => {
    const assigneeId = relationId(value as Relation)
    if (!assigneeId) return true
    const clinicId = await leadClinicId(req.payload, (siblingData as { clinic?: Relation }).clinic, id)
    const assignee = await req.payload.findByID({
      collection: 'users',
      id: assigneeId,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      select: { role: true, memberships: true },
    })
    if (assignee?.role === 'admin') return true
    return assignee && clinicId && clinicIdsOf(assignee, leadRoles).includes(clinicId)
      ? true
      : adminError(req, 'assigneeOfClinic')
  }) satisfies Validate,
}
