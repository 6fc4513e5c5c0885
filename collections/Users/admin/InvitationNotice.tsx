'use client'

import { getTranslation } from '@payloadcms/translations'
import { useAuth, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientProps } from 'payload'
import { useEffect } from 'react'

/**
 * On the form for a new account: says that the person will choose their own password from an emailed invitation,
 * and keeps Payload's password inputs out of it. Payload's create form always asks for a password, so this fills
 * both inputs with a random one nobody sees; the server drops it and sends the invitation (../invitation.ts).
 * Not on Payload's first-user screen, where the first admin does choose their password (nobody is signed in).
 */
export function InvitationNotice({ field }: UIFieldClientProps) {
  const { i18n } = useTranslation()
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const password = useField<string>({ path: 'password' })
  const confirmation = useField<string>({ path: 'confirm-password' })
  const invites = id === undefined && Boolean(user)

  // Again whenever the form empties them (it does as it sets up its fields).
  useEffect(() => {
    if (!invites || password.value) return
    const random = [...crypto.getRandomValues(new Uint8Array(24))].map((byte) => byte.toString(16)).join('')
    password.setValue(random)
    confirmation.setValue(random)
  }, [invites, password, confirmation])

  if (!invites || !field.label) return null
  return (
    <div className="field-type" data-testid="invitation-notice">
      <style>{'.auth-fields__changing-password { display: none; }'}</style>
      <p>{getTranslation(field.label, i18n)}</p>
    </div>
  )
}
