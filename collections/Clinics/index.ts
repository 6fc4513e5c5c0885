import type { CollectionConfig } from 'payload'

import { contentRoles } from '../../access/roles'
import {
  clinicOwnerField,
  isAdmin,
  isAdminField,
  ownClinics,
  publishedOrOwnClinics,
  versionsOf,
} from '../../access/rules'
import { currencies, selectOptions, spokenLanguages, weekdays } from '../../domain/options'
import { ownClinicsRelation } from '../../fields/clinic'
import { leadSettingsFields } from '../../fields/leadSettings'
import { metaField } from '../../fields/meta'
import { slugField } from '../../fields/slug'
import { forgetLeadTargets } from '../Leads/leadTargets'
import { deriveAdvertisingRule } from './hooks/deriveAdvertisingRule'
import { revalidateClinic } from './hooks/revalidateClinic'

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

const isTimeZone = (value: unknown) => {
  try {
    return typeof value === 'string' && Boolean(new Intl.DateTimeFormat('en', { timeZone: value }))
  } catch {
    return false
  }
}

export const Clinics: CollectionConfig = {
  slug: 'clinics',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'address.city', 'address.countryCode', '_status'],
  },
  // A clinic is a contract with the platform: admins open and close clinics, their staff edit them.
  access: {
    create: isAdmin,
    read: publishedOrOwnClinics('id'),
    readVersions: versionsOf(publishedOrOwnClinics('id')),
    update: ownClinics('id', contentRoles),
    delete: isAdmin,
  },
  versions: { drafts: true },
  hooks: {
    beforeChange: [deriveAdvertisingRule],
    afterChange: [...revalidateClinic.afterChange, forgetLeadTargets],
    beforeDelete: revalidateClinic.beforeDelete,
    afterDelete: [...revalidateClinic.afterDelete, forgetLeadTargets],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField({ from: 'name' }),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 300 },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true, localized: true },
        {
          name: 'postalCode',
          type: 'text',
          admin: { description: 'Leave empty where the country has no postal codes (such as the UAE).' },
        },
        { name: 'city', type: 'text', required: true, localized: true },
        {
          name: 'countryCode',
          type: 'text',
          required: true,
          admin: { description: 'ISO 3166-1 alpha-2, for example GB, DE or AE.' },
          validate: (value: string | null | undefined) =>
            typeof value === 'string' && /^[A-Z]{2}$/.test(value) ? true : 'Use a two-letter country code such as GB.',
        },
      ],
    },
    {
      name: 'geo',
      type: 'group',
      fields: [
        { name: 'latitude', type: 'number', required: true, min: -90, max: 90 },
        { name: 'longitude', type: 'number', required: true, min: -180, max: 180 },
      ],
    },
    { name: 'phone', type: 'text', required: true },
    { name: 'email', type: 'email', required: true },
    {
      name: 'openingHours',
      type: 'array',
      admin: { description: 'One row per opening period, in the clinic’s time zone. Days without a row are closed.' },
      fields: [
        { name: 'day', type: 'select', required: true, options: selectOptions(weekdays) },
        {
          name: 'opens',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined) =>
            TIME_OF_DAY.test(value ?? '') ? true : 'Use HH:MM, for example 09:00.',
        },
        {
          name: 'closes',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined, { siblingData }: { siblingData: { opens?: string } }) =>
            !TIME_OF_DAY.test(value ?? '')
              ? 'Use HH:MM, for example 18:00.'
              : (value ?? '') > (siblingData.opens ?? '')
                ? true
                : 'Closing time must be after opening time.',
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      admin: { description: 'IANA time zone, for example Europe/London.' },
      validate: (value: string | null | undefined) =>
        isTimeZone(value) ? true : 'Use an IANA time zone such as Europe/Berlin.',
    },
    { name: 'currency', type: 'select', required: true, options: selectOptions(currencies) },
    { name: 'languagesSpoken', type: 'select', hasMany: true, options: selectOptions(spokenLanguages) },
    ownClinicsRelation({ name: 'heroImage', type: 'upload', relationTo: 'media' }, 'clinic'),
    ownClinicsRelation({ name: 'logo', type: 'upload', relationTo: 'media' }, 'clinic'),
    {
      name: 'leadNotificationEmail',
      type: 'email',
      required: true,
      admin: { description: 'New consultation requests are sent here.' },
      // Who receives the clinic's leads is a lead-level permission, like the CRM webhook: owners and admins only.
      access: { read: clinicOwnerField, update: clinicOwnerField },
    },
    ...leadSettingsFields,
    {
      name: 'customDomain',
      type: 'text',
      unique: true,
      validate: (value: string | null | undefined) =>
        !value || /^(?=.{1,253}$)([a-z0-9](-?[a-z0-9])*\.)+[a-z]{2,}$/.test(value)
          ? true
          : 'Use a host name such as clinic.example.com.',
    },
    metaField(),
    metaField('comparisonMeta', 'Search engines: Botox vs fillers page'),
    {
      name: 'prescriptionAdvertising',
      type: 'group',
      admin: {
        description:
          'Whether prescription-only medicines (such as botulinum toxin) may be advertised to the public in this clinic’s country.',
      },
      fields: [
        {
          name: 'source',
          type: 'select',
          defaultValue: 'country',
          options: [
            { value: 'country', label: 'Follow the country’s rule' },
            { value: 'override', label: 'Override' },
          ],
          access: { update: isAdminField },
        },
        {
          name: 'rule',
          type: 'select',
          options: selectOptions(['prohibited', 'allowed']),
          access: { update: isAdminField },
          admin: { description: 'Derived from the country code unless overridden.' },
        },
      ],
    },
  ],
}
