import type { RelationshipField, Validate } from 'payload'

import { type ClinicRole, type Relation, clinicIdsOf, isPlatformAdmin, relationId } from '../access/roles'

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value])
    .map((relation) => relationId(relation as Relation))
    .filter((id): id is number => typeof id === 'number')

type Options = {
  name?: string
  hasMany?: boolean
  /** Staff must choose a clinic; only an admin may leave it empty (platform-wide documents). */
  optionalForAdmin?: boolean
  /** The roles whose clinics a user may assign. */
  roles: readonly ClinicRole[]
  label?: string
}

/**
 * The relationship that ties a document to its clinic(s). Staff can only pick clinics they belong to
 * (and keep those already set by others), which stops a document being moved into another clinic.
 */
export const clinicField = ({
  name = 'clinic',
  hasMany = false,
  optionalForAdmin = false,
  roles,
  label,
}: Options): RelationshipField =>
  ({
    name,
    label,
    type: 'relationship',
    relationTo: 'clinics',
    hasMany,
    index: true,
    required: !optionalForAdmin,
    admin: { position: 'sidebar' },
    defaultValue: ({ user }) => {
      const first = clinicIdsOf(user, roles)[0]
      if (first === undefined || isPlatformAdmin(user)) return undefined
      return hasMany ? [first] : first
    },
    filterOptions: ({ user }) => (isPlatformAdmin(user) ? true : { id: { in: clinicIdsOf(user, roles) } }),
    validate: ((value, { req: { user }, previousValue }) => {
      const chosen = idsOf(value)
      if (chosen.length === 0) {
        return optionalForAdmin && (isPlatformAdmin(user) || !user) ? true : 'Choose a clinic.'
      }
      if (!user || isPlatformAdmin(user)) return true
      const allowed = new Set([...clinicIdsOf(user, roles), ...idsOf(previousValue)])
      return chosen.every((id) => allowed.has(id)) ? true : 'You can only assign clinics you belong to.'
    }) satisfies Validate,
  }) as RelationshipField
