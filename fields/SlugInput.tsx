'use client'

import { getTranslation } from '@payloadcms/translations'
import {
  TextInput,
  useConfig,
  useDocumentInfo,
  useField,
  useFormFields,
  useLocale,
  useTranslation,
} from '@payloadcms/ui'
import type { StaticDescription, StaticLabel, TextFieldClientProps } from 'payload'
import { type ChangeEvent, useEffect, useState, useSyncExternalStore } from 'react'

import { slugify } from '../domain/slug'
import { defaultLocale, isLocale } from '../i18n/locales'
import { pagePath, sitePages } from '../site/pages'

/** The public page a slug names. */
export type SlugPage = 'clinic' | 'treatment' | 'practitioner' | 'article'

const noSubscription = () => () => {}

type SlugInputProps = TextFieldClientProps & { from: string; page: SlugPage; addressLabel: StaticLabel }

/**
 * The slug, filled in from the name as the owner types it until they change it themselves, with the page address
 * it makes in the locale being edited. A saved document's slug is never changed for them: its address is live.
 */
export function SlugInput({ field, path, readOnly, from, page, addressLabel }: SlugInputProps) {
  const { i18n } = useTranslation()
  const { code } = useLocale()
  const { id } = useDocumentInfo()
  const { value, setValue, showError, disabled } = useField<string>({ potentiallyStalePath: path })
  const source = useFormFields(([fields]) => fields[from]?.value)
  const [followsName, setFollowsName] = useState(id === undefined && !value)
  // The site's address as configured, else the one the admin is open at (known in the browser only).
  const { config } = useConfig()
  const origin = useSyncExternalStore(
    noSubscription,
    () => config.serverURL || window.location.origin,
    () => config.serverURL,
  )

  useEffect(() => {
    if (followsName && typeof source === 'string') setValue(slugify(source))
  }, [followsName, source, setValue])

  const address = value ? origin + pagePath(isLocale(code) ? code : defaultLocale, sitePages[page](value)) : ''
  return (
    <TextInput
      path={path}
      label={field.label}
      description={field.admin?.description as StaticDescription | undefined}
      required={field.required}
      localized={field.localized}
      readOnly={readOnly || disabled}
      showError={showError}
      value={value ?? ''}
      onChange={(event: ChangeEvent<HTMLInputElement>) => {
        setFollowsName(false)
        setValue(event.target.value)
      }}
      AfterInput={
        address ? (
          <p className="field-description" data-testid="slug-address">
            {getTranslation(addressLabel, i18n)} <bdi dir="ltr">{address}</bdi>
          </p>
        ) : null
      }
    />
  )
}
