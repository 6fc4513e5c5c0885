import type { CollectionConfig } from 'payload'

import { contentRoles } from '../../access/roles'
import { canWriteContent, ownClinics, publishedOrOwnClinics } from '../../access/rules'
import { selectOptions, spokenLanguages } from '../../domain/options'
import { clinicField } from '../../fields/clinic'
import { metaField } from '../../fields/meta'
import { slugField } from '../../fields/slug'
import { revalidatePractitioner } from './hooks/revalidatePractitioner'

export const Practitioners: CollectionConfig = {
  slug: 'practitioners',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'jobTitle', 'clinics', '_status'] },
  access: {
    create: canWriteContent,
    read: publishedOrOwnClinics('clinics'),
    update: ownClinics('clinics', contentRoles),
    delete: ownClinics('clinics', contentRoles),
  },
  versions: { drafts: true },
  hooks: { ...revalidatePractitioner },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name' }),
    { name: 'jobTitle', type: 'text', required: true, localized: true },
    {
      name: 'credentials',
      type: 'group',
      fields: [
        {
          name: 'title',
          type: 'text',
          localized: true,
          admin: { description: 'Qualification, for example “Consultant dermatologist, MD”.' },
        },
        { name: 'registrationBody', type: 'text', admin: { description: 'For example General Medical Council.' } },
        { name: 'registrationNumber', type: 'text' },
      ],
    },
    { name: 'bio', type: 'textarea', localized: true, maxLength: 1500 },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'languagesSpoken', type: 'select', hasMany: true, options: selectOptions(spokenLanguages) },
    clinicField({ name: 'clinics', hasMany: true, roles: contentRoles }),
    { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
    metaField(),
  ],
}
