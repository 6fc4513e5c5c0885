import type { CollectionBeforeChangeHook } from 'payload'

import { weekdays } from '../../../domain/options'
import type { Clinic } from '../../../payload-types'

type OpeningPeriod = NonNullable<Clinic['openingHours']>[number]

const dayIndex = (period: OpeningPeriod) => weekdays.indexOf(period.day)

/** Opening hours are kept Monday to Sunday, earliest period first, however an owner added the rows. */
export const sortOpeningHours: CollectionBeforeChangeHook<Clinic> = ({ data }) => {
  if (!Array.isArray(data.openingHours)) return data
  const openingHours = [...data.openingHours].sort(
    (first, second) => dayIndex(first) - dayIndex(second) || (first.opens ?? '').localeCompare(second.opens ?? ''),
  )
  return { ...data, openingHours }
}
