import type { CollectionBeforeChangeHook } from 'payload'

import { leadSource } from '../../../domain/leadSource'
import type { Lead } from '../../../payload-types'

/** A new lead's source is read from its attribution once, so the inbox can filter and count by it. */
export const deriveSource: CollectionBeforeChangeHook<Lead> = ({ data, operation }) =>
  operation === 'create' ? { ...data, source: leadSource(data.attribution) } : data
