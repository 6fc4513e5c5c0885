import type { User } from '../payload-types'

// What a member of a clinic may do there; a platform admin is above all clinics.
export const clinicRoles = ['owner', 'editor', 'marketer'] as const
export type ClinicRole = (typeof clinicRoles)[number]

/** Roles that write a clinic's public content (the clinic, offerings, practitioners, articles, media). */
export const contentRoles: readonly ClinicRole[] = ['owner', 'editor']
/** Roles that work a clinic's leads. Editors only write content and never see health data. */
export const leadRoles: readonly ClinicRole[] = ['owner', 'marketer']

type MaybeUser = Partial<Pick<User, 'role' | 'memberships'>> | null | undefined

export const isPlatformAdmin = (user: MaybeUser): boolean => user?.role === 'admin'

export type Relation = number | { id: number } | null | undefined

export const relationId = (relation: Relation): number | undefined =>
  typeof relation === 'object' && relation !== null ? relation.id : (relation ?? undefined)

/** The clinics in which `user` holds one of `roles`. */
export const clinicIdsOf = (user: MaybeUser, roles: readonly ClinicRole[] = clinicRoles): number[] =>
  (user?.memberships ?? [])
    .filter((membership) => roles.includes(membership.role))
    .map((membership) => relationId(membership.clinic))
    .filter((id): id is number => typeof id === 'number')
