import type { CollectionBeforeChangeHook } from 'payload'

import { prescriptionAdvertisingFor } from '../../../domain/advertising'
import type { Clinic } from '../../../payload-types'

/** Unless an admin overrode it, the advertising rule follows the clinic's country. */
export const deriveAdvertisingRule: CollectionBeforeChangeHook<Clinic> = ({ data, originalDoc }) => {
  const advertising = { ...originalDoc?.prescriptionAdvertising, ...data.prescriptionAdvertising }
  if (advertising.source !== 'override') {
    const countryCode = data.address?.countryCode ?? originalDoc?.address?.countryCode
    data.prescriptionAdvertising = { source: 'country', rule: prescriptionAdvertisingFor(countryCode) }
  }
  return data
}
