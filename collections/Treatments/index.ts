import type { CollectionConfig, Field, PayloadRequest } from 'payload'

import { isAdmin, publishedOrSignedIn } from '../../access/rules'
import {
  commonSideEffects,
  downtimes,
  faceAreas,
  lineTypes,
  mechanisms,
  rareRisks,
  treatmentKinds,
} from '../../domain/options'
import { adminError, adminOptions, adminText, siteOptions } from '../../i18n/adminTexts'
import { metaField } from '../../fields/meta'
import { slugField } from '../../fields/slug'
import { offeringTitlesOf } from '../Offerings/title'
import { collectionHooks } from '../hooks'
import { revalidateTreatment } from './hooks/revalidateTreatment'
import { translationStatusField } from '../../fields/translationStatus'

/** A `{ min, max }` pair whose max may not be below its min. */
const range = (name: string): Field => ({
  name,
  type: 'group',
  fields: [
    { name: 'min', type: 'number', required: true, min: 0 },
    {
      name: 'max',
      type: 'number',
      required: true,
      min: 0,
      validate: (
        value: number | null | undefined,
        { req, siblingData }: { req: PayloadRequest; siblingData: unknown },
      ) =>
        typeof value === 'number' && value >= ((siblingData as { min?: number }).min ?? 0)
          ? true
          : adminError(req, 'rangeMax'),
    },
  ],
})

// The platform-wide catalogue that every clinic's offerings point to; only platform admins edit it.
export const Treatments: CollectionConfig = {
  slug: 'treatments',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'prescriptionOnly', 'translationStatus', '_status'] },
  access: {
    create: isAdmin,
    read: publishedOrSignedIn,
    // The catalogue's history is the platform's editorial work: staff read the current entries, not old versions.
    readVersions: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  versions: { drafts: true },
  hooks: collectionHooks(revalidateTreatment, { afterChange: [offeringTitlesOf('treatment')] }),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField({ from: 'name', page: 'treatment' }),
    { name: 'kind', type: 'select', required: true, options: adminOptions('treatmentKinds', treatmentKinds) },
    { name: 'substance', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 300 },
    {
      type: 'collapsible',
      label: adminText('fields.treatments._comparisonSection'),
      fields: [
        { name: 'mechanism', type: 'select', required: true, options: adminOptions('mechanisms', mechanisms) },
        { name: 'howItWorks', type: 'textarea', required: true, localized: true, maxLength: 400 },
        {
          name: 'linesTreated',
          type: 'select',
          hasMany: true,
          required: true,
          options: siteOptions('LineType', lineTypes),
        },
        {
          name: 'faceAreas',
          type: 'select',
          hasMany: true,
          required: true,
          options: siteOptions('FaceArea', faceAreas),
        },
        {
          name: 'onset',
          type: 'group',
          fields: [
            { name: 'firstEffectDays', type: 'number', required: true, min: 0 },
            { name: 'fullEffectDays', type: 'number', required: true, min: 0 },
          ],
        },
        range('durationMonths'),
        range('sessionMinutes'),
        { name: 'downtime', type: 'select', required: true, options: siteOptions('Downtime', downtimes) },
        {
          name: 'commonSideEffects',
          type: 'select',
          hasMany: true,
          options: siteOptions('SideEffect', commonSideEffects),
        },
        { name: 'rareRisks', type: 'select', hasMany: true, options: siteOptions('RareRisk', rareRisks) },
        { name: 'prescriptionOnly', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'faq',
      type: 'array',
      fields: [
        { name: 'question', type: 'text', required: true, localized: true },
        { name: 'answer', type: 'textarea', required: true, localized: true },
      ],
    },
    { name: 'body', type: 'richText', localized: true },
    metaField(),
    translationStatusField('treatments'),
  ],
}
