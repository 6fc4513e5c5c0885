import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { contentRoles, relationId } from '../../access/roles'
import { canWriteContent, ownClinics, publishedOrOwnClinics } from '../../access/rules'
import { currencies } from '../../domain/options'
import { namedOptions } from '../../i18n/adminTexts'
import { clinicField, ownClinicsRelation } from '../../fields/clinic'
import type { Offering } from '../../payload-types'
import { forgetLeadTargets } from '../../leads/intake/leadTargets'
import { collectionHooks } from '../hooks'
import { revalidateOffering } from './hooks/revalidateOffering'
import { offeringTitlesOf } from './title'

/** A price without a currency is meaningless: default to the clinic's currency. */
const currencyFromClinic: CollectionBeforeChangeHook<Offering> = async ({ data, req }) => {
  const clinicId = relationId(data.clinic)
  if (data.currency || !clinicId) return data
  const clinic = await req.payload.findByID({
    collection: 'clinics',
    id: clinicId,
    depth: 0,
    draft: true,
    req,
    select: { currency: true },
  })
  return { ...data, currency: clinic.currency }
}

// One clinic's offer of a catalogue treatment: its own price and practitioners, never touching the catalogue.
export const Offerings: CollectionConfig = {
  slug: 'offerings',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'clinic', 'priceFrom', 'currency', 'bookable'] },
  access: {
    create: canWriteContent,
    read: publishedOrOwnClinics('clinic', 'clinic._status'),
    update: ownClinics('clinic', contentRoles),
    delete: ownClinics('clinic', contentRoles),
  },
  indexes: [{ fields: ['clinic', 'treatment'], unique: true }],
  hooks: collectionHooks({ beforeChange: [currencyFromClinic] }, revalidateOffering, {
    afterChange: [forgetLeadTargets, offeringTitlesOf('offering')],
    afterDelete: [forgetLeadTargets],
  }),
  fields: [
    {
      name: 'title',
      type: 'text',
      localized: true,
      // Written from the treatment's and clinic's names in every locale (./title.ts), never typed. For staff: a
      // treatment not yet published would give its name away to visitors.
      access: { read: ({ req: { user } }) => Boolean(user), create: () => false, update: () => false },
      admin: { hidden: true },
    },
    clinicField({ roles: contentRoles }),
    { name: 'treatment', type: 'relationship', relationTo: 'treatments', required: true, index: true },
    {
      name: 'priceFrom',
      type: 'number',
      required: true,
      min: 0,
    },
    { name: 'currency', type: 'select', options: namedOptions('currency', currencies) },
    ownClinicsRelation(
      {
        name: 'practitioners',
        type: 'relationship',
        relationTo: 'practitioners',
        hasMany: true,
        filterOptions: ({ siblingData }) => {
          const clinicId = relationId((siblingData as { clinic?: number }).clinic)
          return clinicId ? { clinics: { contains: clinicId } } : true
        },
      },
      'clinics',
    ),
    { name: 'bookable', type: 'checkbox', defaultValue: true },
  ],
}
