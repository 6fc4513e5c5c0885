import type { Access, CollectionConfig, PayloadRequest, Where } from 'payload'

import { clinicIdsOf, clinicRoles, isPlatformAdmin } from '../../access/roles'
import { isAdmin, isAdminField } from '../../access/rules'
import { adminLocaleOf, adminOptions, namedOptions } from '../../i18n/adminTexts'
import { locales } from '../../i18n/locales'
import { forgotPasswordEndpoint } from './endpoints/forgotPassword'
import { requireCurrentPassword } from './hooks/currentPassword'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { nameFromEmail } from './hooks/nameFromEmail'
import { enforcePasswordPolicy } from './hooks/passwordPolicy'
import { forgiveSignIn, throttleSignIn } from './hooks/throttleSignIn'
import { passwordFromInvitation, queueInvitation } from './invitation'

/** Staff see themselves and the colleagues of their clinics (to hand a lead over, for example). */
const selfOrColleagues: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  if (!user) return false
  const clinicIds = clinicIdsOf(user)
  const ownAccount: Where = { id: { equals: user.id } }
  return clinicIds.length ? { or: [ownAccount, { 'memberships.clinic': { in: clinicIds } }] } : ownAccount
}

const self: Access = ({ req: { user } }) => {
  if (isPlatformAdmin(user)) return true
  return user ? { id: { equals: user.id } } : false
}

// No public sign-up: only admins create accounts. Role and memberships grant power, so only admins change them.
// Lifting a lockout is an admin's decision too, or the lockout would stop nobody.
export const Users: CollectionConfig = {
  slug: 'users',
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // The session cookie travels only over https in production (browsers accept it on http://localhost too).
    cookies: { secure: process.env.NODE_ENV === 'production' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'] },
  access: {
    create: isAdmin,
    read: selfOrColleagues,
    update: self,
    delete: isAdmin,
    unlock: isAdmin,
  },
  endpoints: [forgotPasswordEndpoint],
  hooks: {
    beforeOperation: [throttleSignIn, enforcePasswordPolicy],
    beforeValidate: [nameFromEmail, requireCurrentPassword, passwordFromInvitation],
    beforeChange: [firstUserIsAdmin],
    afterChange: [queueInvitation],
    afterLogin: [forgiveSignIn],
  },
  fields: [
    // Says, on the form for a new account, that the person chooses their own password (invitation.ts).
    {
      name: 'invitation',
      type: 'ui',
      admin: { components: { Field: '/collections/Users/admin/InvitationNotice#InvitationNotice' } },
    },
    {
      name: 'currentPassword',
      type: 'text',
      // Checked by requireCurrentPassword, never stored.
      virtual: true,
      admin: {
        condition: (data, _siblingData, { user }) => Boolean(user && data?.id === user.id),
        components: { Field: '@payloadcms/ui#PasswordField' },
      },
    },
    { name: 'name', type: 'text' },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: namedOptions('language', locales),
      // The language the admin creating the account works in: most invite colleagues who share it.
      defaultValue: ({ req }: { req: PayloadRequest }) => adminLocaleOf(req.i18n),
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'staff',
      saveToJWT: true,
      options: ['admin', 'staff'],
      // Without a user, only the first-user screen or a script can get here (collection create is admin-only).
      access: { create: ({ req: { user } }) => !user || isPlatformAdmin(user), update: isAdminField },
    },
    {
      name: 'memberships',
      type: 'array',
      access: { create: isAdminField, update: isAdminField },
      fields: [
        { name: 'clinic', type: 'relationship', relationTo: 'clinics', required: true },
        { name: 'role', type: 'select', required: true, options: adminOptions('clinicRoles', clinicRoles) },
      ],
    },
  ],
}
