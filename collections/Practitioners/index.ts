import type { CollectionConfig } from 'payload'

import { contentRoles } from '../../access/roles'
import { allOwnClinics, clinicContent } from '../../access/rules'
import { spokenLanguages } from '../../domain/options'
import { namedOptions } from '../../i18n/adminTexts'
import { clinicField, ownClinicsRelation } from '../../fields/clinic'
import { metaField } from '../../fields/meta'
import { slugField } from '../../fields/slug'
import { collectionHooks } from '../hooks'
import { keepSharedPublished } from './hooks/keepSharedPublished'
import { revalidatePractitioner } from './hooks/revalidatePractitioner'
import { translationStatusField } from '../../fields/translationStatus'

export const Practitioners: CollectionConfig = {
  slug: 'practitioners',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'jobTitle', 'clinics', 'translationStatus', '_status'] },
  access: {
    ...clinicContent('clinics'),
    // A practitioner shared with another clinic is not theirs alone to delete: they can only detach their clinic.
    delete: allOwnClinics('practitioners', 'clinics', contentRoles),
  },
  versions: { drafts: true },
  hooks: collectionHooks(revalidatePractitioner, { beforeOperation: [keepSharedPublished] }),
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name', page: 'practitioner' }),
    { name: 'jobTitle', type: 'text', required: true, localized: true },
    {
      name: 'credentials',
      type: 'group',
      fields: [
        { name: 'title', type: 'text', localized: true },
        { name: 'registrationBody', type: 'text' },
        { name: 'registrationNumber', type: 'text' },
      ],
    },
    { name: 'bio', type: 'textarea', localized: true, maxLength: 1500 },
    ownClinicsRelation({ name: 'photo', type: 'upload', relationTo: 'media' }, 'clinic'),
    { name: 'languagesSpoken', type: 'select', hasMany: true, options: namedOptions('language', spokenLanguages) },
    clinicField({ name: 'clinics', hasMany: true, roles: contentRoles }),
    { name: 'treatments', type: 'relationship', relationTo: 'treatments', hasMany: true },
    metaField(),
    translationStatusField('practitioners'),
  ],
}
