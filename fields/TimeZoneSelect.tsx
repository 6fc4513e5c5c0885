'use client'

import { SelectField, useTranslation } from '@payloadcms/ui'
import type { SelectFieldClientProps, TextFieldClientProps } from 'payload'
import { useMemo } from 'react'

/** "Europe/Berlin · Central European Time", in the admin's language, so owners can search by city or by zone. */
function timeZoneLabel(timeZone: string, language: string) {
  const zoneName = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((part) => part.type === 'timeZoneName')?.value
  const place = timeZone.replaceAll('_', ' ')
  return zoneName && zoneName !== timeZone ? `${place} · ${zoneName}` : place
}

/**
 * The clinic's time zone as a searchable list of the zones this runtime knows. The value stays the IANA name in
 * a text column (the list changes with each time-zone database release; the server checks the name with Intl).
 */
export function TimeZoneSelect(props: TextFieldClientProps) {
  const { i18n } = useTranslation()
  const options = useMemo(
    () =>
      Intl.supportedValuesOf('timeZone').map((timeZone) => ({
        value: timeZone,
        label: timeZoneLabel(timeZone, i18n.language),
      })),
    [i18n.language],
  )
  const field = { ...props.field, type: 'select', options, hasMany: false } as SelectFieldClientProps['field']
  return <SelectField {...(props as unknown as SelectFieldClientProps)} field={field} />
}
