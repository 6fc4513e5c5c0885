import {
  type CollectionSlug,
  type FieldHook,
  type FilterOptions,
  type PayloadRequest,
  type RelationshipField,
  type UploadField,
  type Validate,
  ValidationError,
  validations,
} from 'payload'

import { type ClinicRole, type Relation, clinicIdsOf, contentRoles, isPlatformAdmin, relationId } from '../access/roles'
import { adminError } from '../i18n/adminTexts'

const idsOf = (value: unknown): number[] =>
  (Array.isArray(value) ? value : [value])
    .map((relation) => relationId(relation as Relation))
    .filter((id): id is number => typeof id === 'number')

/**
 * What the document held before this save. A create has nothing before it, even when Payload hands a duplicate
 * its source as `previousValue`: otherwise duplicating a shared document could give the copy another clinic.
 */
const heldBefore = (operation: string | undefined, previousValue: unknown) =>
  operation === 'create' ? undefined : previousValue

type RefusalKey = 'chooseClinic' | 'ownClinicsOnly' | 'removeOwnClinicsOnly' | 'ownDocumentsOnly'

/** Refuses a save with the message `key` on the field at `path`, as a failed validation would (400). */
const refuse = (req: PayloadRequest, path: (number | string)[], key: RefusalKey): never => {
  throw new ValidationError({ errors: [{ message: adminError(req, key), path: path.join('.') }], req })
}

type Options = {
  name?: string
  hasMany?: boolean
  /** Staff must choose a clinic; only an admin may leave it empty (platform-wide documents). */
  optionalForAdmin?: boolean
  /** The roles whose clinics a user may assign. */
  roles: readonly ClinicRole[]
}

/**
 * Why `user` may not give a document the clinics `value` (it had `previousValue`), or undefined if they may.
 * Staff add only clinics they belong to and remove only those: the clinics of others stay.
 */
const assignmentError = (
  value: unknown,
  previousValue: unknown,
  user: PayloadRequest['user'],
  { optionalForAdmin = false, roles }: Options,
): RefusalKey | undefined => {
  const chosen = idsOf(value)
  if (chosen.length === 0) {
    return optionalForAdmin && (isPlatformAdmin(user) || !user) ? undefined : 'chooseClinic'
  }
  if (!user || isPlatformAdmin(user)) return undefined
  const own = clinicIdsOf(user, roles)
  const previous = idsOf(previousValue)
  if (!chosen.every((id) => own.includes(id) || previous.includes(id))) {
    return 'ownClinicsOnly'
  }
  if (!previous.every((id) => own.includes(id) || chosen.includes(id))) {
    return 'removeOwnClinicsOnly'
  }
  return undefined
}

/**
 * The relationship that ties a document to its clinic(s). Staff can only pick clinics they belong to
 * (and keep those already set by others), which stops a document being moved into another clinic.
 */
export const clinicField = (options: Options): RelationshipField => {
  const { name = 'clinic', hasMany = false, optionalForAdmin = false, roles } = options
  return {
    name,
    type: 'relationship',
    relationTo: 'clinics',
    hasMany,
    index: true,
    required: !optionalForAdmin,
    admin: {
      position: 'sidebar',
      ...(hasMany ? { components: { Cell: '/fields/OwnClinicsCell#OwnClinicsCell' } } : {}),
    },
    defaultValue: ({ user }) => {
      const first = clinicIdsOf(user, roles)[0]
      if (first === undefined || isPlatformAdmin(user)) return undefined
      return hasMany ? [first] : first
    },
    filterOptions: ({ user }) => (isPlatformAdmin(user) ? true : { id: { in: clinicIdsOf(user, roles) } }),
    // Shows the problem in the admin as the user edits; the hook below enforces it.
    validate: ((value, { req, previousValue, operation }) => {
      const error = assignmentError(value, heldBefore(operation, previousValue), req.user, options)
      return error ? adminError(req, error) : true
    }) satisfies Validate,
    hooks: {
      // Validation is skipped for drafts, hooks are not: this is what keeps drafts in the user's clinics too.
      beforeChange: [
        (({ value, previousValue, operation, req, path }) => {
          if (value === undefined && operation === 'update') return value
          const error = assignmentError(value, heldBefore(operation, previousValue), req.user, options)
          return error ? refuse(req, path, error) : value
        }) satisfies FieldHook,
      ],
    },
  } as RelationshipField
}

/**
 * A relationship or upload to documents that belong to clinics (`clinicPath` in `relationTo`): staff are offered,
 * and may newly choose, only documents of their own clinics, so nothing of another clinic (its practitioner as an
 * article's author or reviewer, its images) is attached to theirs. Values already set stay, so a practitioner shared
 * with another clinic keeps the photo that clinic chose. The field's own `filterOptions` narrows further.
 */
export const ownClinicsRelation = <Field extends RelationshipField | UploadField>(
  field: Field & { relationTo: CollectionSlug },
  clinicPath: string,
): Field => {
  const { filterOptions: narrower } = field
  const offered: FilterOptions = async (args) => {
    const own =
      args.user && !isPlatformAdmin(args.user) ? { [clinicPath]: { in: clinicIdsOf(args.user, contentRoles) } } : true
    const narrowed = typeof narrower === 'function' ? await narrower(args) : (narrower ?? true)
    if (own === true || narrowed === false) return narrowed
    return narrowed === true ? own : { and: [own, narrowed] }
  }
  const validate = field.type === 'upload' ? validations.upload : validations.relationship
  return {
    ...field,
    filterOptions: offered,
    // Payload checks a published save against filterOptions: only the field's own filter there, since a value set by
    // another clinic may stay; the hook checks what is newly chosen, on drafts too.
    validate: ((value, args) =>
      validate(value as never, { ...args, filterOptions: narrower } as never)) satisfies Validate,
    hooks: {
      ...field.hooks,
      beforeChange: [
        ...(field.hooks?.beforeChange ?? []),
        (async ({ value, previousValue, operation, req, path }) => {
          const { user } = req
          if (!user || isPlatformAdmin(user)) return value
          const kept = new Set(idsOf(heldBefore(operation, previousValue)))
          const added = [...new Set(idsOf(value))].filter((id) => !kept.has(id))
          if (added.length === 0) return value
          const { totalDocs } = await req.payload.count({
            collection: field.relationTo,
            where: { and: [{ id: { in: added } }, { [clinicPath]: { in: clinicIdsOf(user, contentRoles) } }] },
            overrideAccess: true,
            req,
          })
          return totalDocs === added.length ? value : refuse(req, path, 'ownDocumentsOnly')
        }) satisfies FieldHook,
      ],
    },
  } as Field
}
