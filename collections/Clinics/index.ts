import type { CollectionConfig, PayloadRequest } from 'payload'

import { clinicContent, clinicOwnerField, isAdmin, isAdminField } from '../../access/rules'
import { countryCodes } from '../../domain/countries'
import { untranslatedChoices } from '../../domain/translations'
import { currencies, spokenLanguages, weekdays } from '../../domain/options'
import { adminError, namedOptions, siteOptions } from '../../i18n/adminTexts'
import { ownClinicsRelation } from '../../fields/clinic'
import { leadSettingsFields } from '../../fields/leadSettings'
import { metaField } from '../../fields/meta'
import { slugField } from '../../fields/slug'
import { forgetLeadTargets } from '../../leads/intake/leadTargets'
import { offeringTitlesOf } from '../Offerings/title'
import { customDomainFields } from './domains'
import { collectionHooks } from '../hooks'
import { claimDomain } from './hooks/claimDomain'
import { deriveAdvertisingRule } from './hooks/deriveAdvertisingRule'
import { rememberFormerDomain } from './hooks/rememberFormerDomain'
import { revalidateClinic } from './hooks/revalidateClinic'
import { sortOpeningHours } from './hooks/sortOpeningHours'
import { translationStatusField } from '../../fields/translationStatus'

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
    defaultColumns: ['name', 'address.city', 'address.countryCode', 'translationStatus', '_status'],
  },
  // A clinic is a contract with the platform: admins open and close clinics, their staff edit them.
  access: { ...clinicContent('id'), create: isAdmin, delete: isAdmin },
  versions: { drafts: true },
  hooks: collectionHooks(
    { beforeChange: [deriveAdvertisingRule, sortOpeningHours, rememberFormerDomain], afterChange: [claimDomain] },
    revalidateClinic,
    { afterChange: [forgetLeadTargets, offeringTitlesOf('clinic')], afterDelete: [forgetLeadTargets] },
  ),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField({ from: 'name', page: 'clinic' }),
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 300 },
    { name: 'description', type: 'richText', localized: true },
    {
      name: 'address',
      type: 'group',
      fields: [
        { name: 'street', type: 'text', required: true, localized: true },
        { name: 'postalCode', type: 'text' },
        { name: 'city', type: 'text', required: true, localized: true },
        { name: 'countryCode', type: 'select', required: true, options: namedOptions('region', countryCodes) },
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
      fields: [
        { name: 'day', type: 'select', required: true, options: siteOptions('Weekday', weekdays) },
        {
          name: 'opens',
          type: 'text',
          required: true,
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            TIME_OF_DAY.test(value ?? '') ? true : adminError(req, 'timeOfDay', { example: '09:00' }),
        },
        {
          name: 'closes',
          type: 'text',
          required: true,
          validate: (
            value: string | null | undefined,
            { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
          ) =>
            !TIME_OF_DAY.test(value ?? '')
              ? adminError(req, 'timeOfDay', { example: '18:00' })
              : (value ?? '') > ((siblingData as { opens?: string }).opens ?? '')
                ? true
                : adminError(req, 'closesAfterOpens'),
        },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      required: true,
      admin: { components: { Field: '/fields/TimeZoneSelect#TimeZoneSelect' } },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        isTimeZone(value) ? true : adminError(req, 'timeZone'),
    },
    { name: 'currency', type: 'select', required: true, options: namedOptions('currency', currencies) },
    { name: 'languagesSpoken', type: 'select', hasMany: true, options: namedOptions('language', spokenLanguages) },
    {
      // The clinic's treatments and prices, edited here; each row is an offering (collections/Offerings).
      name: 'offerings',
      type: 'join',
      collection: 'offerings',
      on: 'clinic',
      admin: { defaultColumns: ['title', 'priceFrom', 'currency', 'bookable'] },
    },
    ownClinicsRelation({ name: 'heroImage', type: 'upload', relationTo: 'media' }, 'clinic'),
    ownClinicsRelation({ name: 'logo', type: 'upload', relationTo: 'media' }, 'clinic'),
    {
      name: 'leadNotificationEmail',
      type: 'email',
      required: true,
      // Who receives the clinic's leads is a lead-level permission, like the CRM webhook: owners and admins only.
      access: { read: clinicOwnerField, update: clinicOwnerField },
    },
    ...leadSettingsFields,
    {
      name: 'untranslatedLanguages',
      type: 'select',
      required: true,
      defaultValue: 'fallback',
      options: [...untranslatedChoices],
    },
    ...customDomainFields,
    metaField(),
    metaField('comparisonMeta'),
    {
      name: 'prescriptionAdvertising',
      type: 'group',
      fields: [
        {
          name: 'source',
          type: 'select',
          defaultValue: 'country',
          options: ['country', 'override'],
          access: { update: isAdminField },
        },
        {
          name: 'rule',
          type: 'select',
          options: ['prohibited', 'allowed'],
          access: { update: isAdminField },
        },
      ],
    },
    translationStatusField('clinics'),
  ],
}
