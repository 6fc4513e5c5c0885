import type { CollectionConfig, Field } from 'payload'

import { leadRoles } from '../../access/roles'
import { isAdmin, isAdminField, ownClinics } from '../../access/rules'
import { attributionFields, contactMethods, leadDefaults, leadStatuses } from '../../domain/options'
import { adminOptions, adminText, namedOptions } from '../../i18n/adminTexts'
import { clinicField } from '../../fields/clinic'
import { locales } from '../../i18n/locales'
import { assigneeField } from './assignee'
import { notesField } from './notes'
import { leadAdminComponents, leadEndpoints } from '../../leads'
import { deriveSource } from './hooks/deriveSource'
import { queueNotifications } from './hooks/queueNotifications'

/** What the visitor sent and agreed to: a record, so staff can read it but never rewrite it. */
const recorded = (field: Field): Field =>
  ({
    ...field,
    access: { ...('access' in field ? field.access : {}), update: isAdminField },
    admin: { ...field.admin, readOnly: true },
  }) as Field

/** Left out of the list's filters, subfields included: a marketer filters by a handful of fields, not 40. */
const notFiltered = (field: Field): Field =>
  ({
    ...field,
    admin: { ...field.admin, disableListFilter: true },
    ...('fields' in field ? { fields: field.fields.map(notFiltered) } : {}),
  }) as Field

const touch = (name: string): Field => ({
  name,
  type: 'group',
  fields: [
    ...attributionFields.map((attribute): Field => ({ name: attribute, type: 'text', maxLength: 2000 })),
    { name: 'at', type: 'date' },
  ],
})

// A consultation request is health-related personal data: only admins and the clinic's owners and
// marketers read it, nobody deletes it from the admin (erasure is a separate, audited action).
export const Leads: CollectionConfig = {
  slug: 'leads',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'clinic', 'treatment', 'source', 'status', 'assignee', 'createdAt'],
    listSearchableFields: ['name', 'email', 'source'],
    components: {
      beforeListTable: [leadAdminComponents.listTools],
    },
  },
  defaultSort: '-createdAt',
  // POST /api/leads, the public intake, is app/(payload)/api/leads/route.ts (leads/intake/receiveLead.ts).
  endpoints: leadEndpoints,
  hooks: { beforeChange: [deriveSource], afterChange: [queueNotifications] },
  access: {
    create: isAdmin,
    read: ownClinics('clinic', leadRoles),
    update: ownClinics('clinic', leadRoles),
    delete: isAdmin,
  },
  // Sidebar first (the pipeline), then who asked what and the team's notes; what the visitor agreed to and where
  // they came from below, attribution folded. The list's filters offer the filterable ones in this order.
  fields: [
    recorded(clinicField({ roles: leadRoles })),
    recorded({ name: 'source', type: 'text', index: true, admin: { position: 'sidebar' } }),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: leadDefaults.status,
      index: true,
      options: adminOptions('leadStatuses', leadStatuses),
      admin: { position: 'sidebar' },
    },
    assigneeField,
    // Payload's own createdAt is hidden from the list's filters; declared here, marketers can filter by date.
    recorded({
      name: 'createdAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    }),
    // The platform's host or the clinic's own domain the request was sent on, else OTHER_SITE (shown translated).
    recorded({
      name: 'host',
      type: 'text',
      index: true,
      admin: {
        position: 'sidebar',
        components: { Cell: leadAdminComponents.siteCell, Field: leadAdminComponents.siteField },
      },
    }),
    // Payload's own updatedAt moves with every note and status change: not a filter a marketer needs.
    notFiltered({ name: 'updatedAt', type: 'date', index: true, admin: { hidden: true } }),
    recorded({ name: 'name', type: 'text', required: true, maxLength: 200 }),
    // Required of visitors (domain/leadSubmission.ts); empty once a lead is anonymized.
    recorded({ name: 'email', type: 'email', index: true }),
    notFiltered(recorded({ name: 'phone', type: 'text', maxLength: 32 })),
    recorded({
      name: 'preferredContact',
      type: 'select',
      defaultValue: leadDefaults.preferredContact,
      options: adminOptions('contactMethods', contactMethods),
    }),
    recorded({ name: 'treatment', type: 'relationship', relationTo: 'treatments', index: true }),
    notFiltered(recorded({ name: 'message', type: 'textarea', maxLength: 5000 })),
    notesField,
    recorded({ name: 'locale', type: 'select', required: true, options: namedOptions('language', locales) }),
    notFiltered(
      recorded({
        name: 'consent',
        type: 'group',
        fields: [
          { name: 'version', type: 'text', required: true },
          { name: 'givenAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      }),
    ),
    notFiltered(recorded({ name: 'marketingOptIn', type: 'checkbox', defaultValue: leadDefaults.marketingOptIn })),
    {
      type: 'collapsible',
      label: adminText('fields.leads._attributionSection'),
      admin: { initCollapsed: true },
      fields: [
        notFiltered(
          recorded({ name: 'attribution', type: 'group', fields: [touch('firstTouch'), touch('lastTouch')] }),
        ),
      ],
    },
    notFiltered(
      recorded({
        name: 'idempotencyKey',
        type: 'text',
        unique: true,
        index: true,
        maxLength: 200,
        admin: { position: 'sidebar' },
      }),
    ),
    notFiltered(recorded({ name: 'anonymizedAt', type: 'date', index: true, admin: { position: 'sidebar' } })),
  ],
}
