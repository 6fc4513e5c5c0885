'use client'

import { useAuth } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import type { User } from '../../../payload-types'

/** Above the lead list, for platform admins: erase or anonymize every lead of one email address. */
export function EraseLeadsForm() {
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
    if (
      !window.confirm(`${mode === 'delete' ? 'Delete' : 'Anonymize'} every lead of ${email}? This cannot be undone.`)
    ) {
      return
    }
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
        ? `${result.count} lead${result.count === 1 ? '' : 's'} ${mode === 'delete' ? 'deleted' : 'anonymized'}.`
        : (result.error ?? 'Something went wrong.'),
    )
    if (response.ok) router.refresh()
  }

  return (
    <details style={{ marginBlockEnd: '1rem' }}>
      <summary>Erase a person’s leads (right to erasure)</summary>
      <form onSubmit={erase} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem', alignItems: 'end' }}>
        <label>
          Email address <input name="email" type="email" required autoComplete="off" />
        </label>
        <label>
          <input type="radio" name="mode" value="anonymize" defaultChecked /> Anonymize (keep statistics)
        </label>
        <label>
          <input type="radio" name="mode" value="delete" /> Delete
        </label>
        <button type="submit" disabled={pending}>
          Erase
        </button>
        <output aria-live="polite">{report}</output>
      </form>
    </details>
  )
}
