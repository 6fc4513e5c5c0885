'use client'

import { useSearchParams } from 'next/navigation'

/** Downloads the lead list as filtered on screen (the export applies the user's access). */
export function ExportLeadsLink({ label }: { label: string }) {
  const search = useSearchParams()
  const where = new URLSearchParams([...search.entries()].filter(([name]) => name.startsWith('where')))
  return (
    <p style={{ marginBlock: '0 1rem' }}>
      <a href={`/api/leads/export.csv?${where.toString()}`} download>
        {label}
      </a>
    </p>
  )
}
