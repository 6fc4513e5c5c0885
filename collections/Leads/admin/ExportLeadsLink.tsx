'use client'

import { useSearchParams } from 'next/navigation'

/** Above the admin's lead list: downloads the list as filtered on screen (the export applies the user's access). */
export function ExportLeadsLink() {
  const search = useSearchParams()
  const where = new URLSearchParams([...search.entries()].filter(([name]) => name.startsWith('where')))
  return (
    <p style={{ marginBlock: '0 1rem' }}>
      <a href={`/api/leads/export.csv?${where.toString()}`} download>
        Export these leads as CSV
      </a>
    </p>
  )
}
