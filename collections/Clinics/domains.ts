import type { ArrayField, FieldAccess, FieldHook, TextField, TextFieldSingleValidation, UIField } from 'payload'

import { isAdminField } from '../../access/rules'
import { hostNameInAddress, isHostName, normalizeHostName } from '../../domain/hostNames'
import { adminError, adminLocaleOf, adminText } from '../../i18n/adminTexts'
import { isPlatformHost, platformHostName } from '../../domain/hosts.mjs'

const nobody: FieldAccess = () => false

/** Trimmed and in lower case before validation, as an admin expects of a host name; cleared, it is none. */
const normalize: FieldHook = ({ value }) => (typeof value === 'string' ? normalizeHostName(value) : value)

const validateCustomDomain: TextFieldSingleValidation = async (value, { req, id }) => {
  if (!value) return true
  if (isPlatformHost(value)) return adminError(req, 'domainOfPlatform', { host: value })
  if (!isHostName(value)) {
    const host = hostNameInAddress(value)
    return host ? adminError(req, 'domainHostOnly', { host }) : adminError(req, 'hostName')
  }
  // The unique index holds in the end; this names the clinic instead of a bare "must be unique". Without `req`:
  // the Local API would set the save's own locale to this read's.
  const { docs } = await req.payload.find({
    collection: 'clinics',
    where: { customDomain: { equals: value }, ...(id === undefined ? {} : { id: { not_equals: id } }) },
    select: { name: true },
    locale: adminLocaleOf(req.i18n),
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] ? adminError(req, 'domainTaken', { clinic: docs[0].name }) : true
}

/**
 * The clinic's own domain, the DNS record it needs, and the domains it had before. The domain is a contract
 * matter: only platform admins set or change it; its clinic's staff see it. Former domains are kept by
 * hooks/rememberFormerDomain.ts alone, so their old hosts can redirect; nobody writes them.
 */
export const customDomainFields: [TextField, UIField, ArrayField] = [
  {
    name: 'customDomain',
    type: 'text',
    unique: true,
    access: { create: isAdminField, update: isAdminField },
    hooks: { beforeValidate: [normalize], beforeDuplicate: [() => null] },
    validate: validateCustomDomain,
  },
  {
    name: 'domainRecord',
    type: 'ui',
    admin: {
      disableBulkEdit: true,
      disableListColumn: true,
      components: {
        Field: {
          path: '/fields/DomainRecord#DomainRecord',
          clientProps: {
            platformHost: platformHostName(),
            texts: Object.fromEntries(
              (['intro', 'type', 'name', 'target', 'apex'] as const).map((key) => [
                key,
                adminText(`domainRecord.${key}`),
              ]),
            ),
          },
        },
      },
    },
  },
  {
    name: 'formerDomains',
    type: 'array',
    access: { create: nobody, update: nobody },
    admin: { readOnly: true, disableBulkEdit: true },
    fields: [{ name: 'domain', type: 'text', required: true }],
  },
]
