import { cache } from 'react'

import type { Locale } from '../i18n/locales'
import { findBySlug } from './payload'

export const findTreatment = cache((locale: Locale, slug: string) =>
  findBySlug('treatments', locale, slug, { depth: 0 }),
)
