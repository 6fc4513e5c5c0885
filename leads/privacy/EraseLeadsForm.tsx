'use client'

import { useAuth } from '@payloadcms/ui'
import { createTranslator } from 'next-intl'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import type { AdminMessages } from '../../i18n/adminTexts'
import type { Locale } from '../../i18n/locales'
import type { User } from '../../payload-types'

/** Above the lead list, for platform admins: erase or anonymize every lead of one email address. */
export function EraseLeadsForm({ locale, texts }: { locale: Locale; texts: AdminMessages['leads']['erase'] }) {
  const t = createTranslator({ locale, messages: texts })
  const { user } = useAuth<User>()
  const router = useRouter()
  const [report, setReport] = useState('')
  const [pending, setPending] = useState(false)
  if (user?.role !== 'admin') return null

  async function erase(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const mode = form.get('mode') as 'anonymize' | 'delete'
    const email = String(form.get('email'))
    if (!window.confirm(t(mode === 'delete' ? 'confirmDelete' : 'confirmAnonymize', { email }))) return
    setPending(true)
    const response = await fetch('/api/leads/erase', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, mode }),
    })
    const result = (await response.json()) as { count?: number; error?: string }
    setPending(false)
    setReport(
      response.ok
        ? t(mode === 'delete' ? 'deleted' : 'anonymized', { count: result.count ?? 0 })
        : (result.error ?? t('failed')),
    )
    if (response.ok) router.refresh()
  }

  return (
    <details style={{ marginBlockEnd: '1rem' }}>
      <summary>{t('summary')}</summary>
      <form onSubmit={erase} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'end' }}>
        <label>
          {t('email')} <input name="email" type="email" required autoComplete="off" />
        </label>
        <label>
          <input type="radio" name="mode" value="anonymize" defaultChecked /> {t('anonymize')}
        </label>
        <label>
          <input type="radio" name="mode" value="delete" /> {t('delete')}
        </label>
        <button type="submit" disabled={pending}>
          {t('submit')}
        </button>
        <output aria-live="polite">{report}</output>
      </form>
    </details>
  )
}
