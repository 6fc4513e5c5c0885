import type { CollectionConfig, Field } from 'payload'

import { isAdmin, publishedOrSignedIn } from '../../access/rules'
import {
  commonSideEffects,
  downtimes,
  faceAreas,
  lineTypes,
  mechanisms,
  rareRisks,
  selectOptions,
  treatmentKinds,
} from '../../domain/options'
import { metaField } from '../../fields/meta'
import { slugField } from '../../fields/slug'
import { revalidateTreatment } from './hooks/revalidateTreatment'

/** A `{ min, max }` pair whose max may not be below its min. */
const range = (name: string, unit: string): Field => ({
  name,
  type: 'group',
  admin: { description: `In ${unit}.` },
  fields: [
    { name: 'min', type: 'number', required: true, min: 0 },
    {
      name: 'max',
      type: 'number',
      required: true,
      min: 0,
      validate: (value: number | null | undefined, { siblingData }: { siblingData: { min?: number } }) =>
        typeof value === 'number' && value >= (siblingData.min ?? 0)
          ? true
          : 'The maximum must not be below the minimum.',
    },
  ],
})

// The platform-wide catalogue that every clinic's offerings point to; only platform admins edit it.
export const Treatments: CollectionConfig = {
  slug: 'treatments',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'prescriptionOnly', '_status'] },
  access: {
    create: isAdmin,
    read: publishedOrSignedIn,
    // The catalogue's history is the platform's editorial work: staff read the current entries, not old versions.
    readVersions: isAdmin,
    update: isAdmin,
    delete: isAdmin,
  },
  versions: { drafts: true },
  hooks: { ...revalidateTreatment },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slugField({ from: 'name' }),
    { name: 'kind', type: 'select', required: true, options: selectOptions(treatmentKinds) },
    { name: 'substance', type: 'text', required: true, localized: true },
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 300 },
    {
      type: 'collapsible',
      label: 'Comparison attributes',
      fields: [
        { name: 'mechanism', type: 'select', required: true, options: selectOptions(mechanisms) },
        { name: 'howItWorks', type: 'textarea', required: true, localized: true, maxLength: 400 },
        { name: 'linesTreated', type: 'select', hasMany: true, required: true, options: selectOptions(lineTypes) },
        { name: 'faceAreas', type: 'select', hasMany: true, required: true, options: selectOptions(faceAreas) },
        {
          name: 'onset',
          type: 'group',
          admin: { description: 'Days until the first visible effect and until the full effect (0 = immediate).' },
          fields: [
            { name: 'firstEffectDays', type: 'number', required: true, min: 0 },
            { name: 'fullEffectDays', type: 'number', required: true, min: 0 },
          ],
        },
        range('durationMonths', 'months'),
        range('sessionMinutes', 'minutes'),
        { name: 'downtime', type: 'select', required: true, options: selectOptions(downtimes) },
        { name: 'commonSideEffects', type: 'select', hasMany: true, options: selectOptions(commonSideEffects) },
        { name: 'rareRisks', type: 'select', hasMany: true, options: selectOptions(rareRisks) },
        {
          name: 'prescriptionOnly',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'A prescription-only medicine may not be advertised to the public in many countries.' },
        },
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
  ],
}
