import Link from 'next/link'
import type { Payload } from 'payload'

import type { User } from '../../../payload-types'
import { leadStats } from '../stats'

const CHART = { width: 600, height: 120, gap: 2 }

const cell = { paddingInline: '0 1.5rem', paddingBlock: '0.25rem', textAlign: 'start' as const }

/** A two-column table of lead counts: one row per label. */
function CountTable({ caption, heading, rows }: { caption?: string; heading: string; rows: [string, number][] }) {
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      {caption && <caption style={{ textAlign: 'start', fontWeight: 600 }}>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col" style={cell}>
            {heading}
          </th>
          <th scope="col" style={cell}>
            Leads
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} style={cell}>
              None yet
            </td>
          </tr>
        ) : (
          rows.map(([label, count]) => (
            <tr key={label}>
              <td style={cell}>{label}</td>
              <td style={cell}>{count}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}

/** The admin dashboard's lead panel: this week per clinic and per source, and leads per day over 30 days. */
export async function LeadsDashboard({ payload, user }: { payload: Payload; user: User | null }) {
  const stats = await leadStats(payload, user)
  if (!stats) return null
  const busiest = Math.max(1, ...stats.perDay.map((day) => day.count))
  const barWidth = CHART.width / stats.perDay.length
  const total30 = stats.perDay.reduce((sum, day) => sum + day.count, 0)

  return (
    <section aria-labelledby="lead-panel" style={{ marginBlockEnd: '2rem' }} data-testid="lead-panel">
      <h2 id="lead-panel">Consultation requests</h2>
      <p>
        <strong>{stats.thisWeek.total}</strong> this week (since Monday, UTC) ·{' '}
        <Link href="/admin/collections/leads?where[status][equals]=new">open the new ones</Link>
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem' }}>
        <CountTable
          caption="This week by clinic"
          heading="Clinic"
          rows={stats.thisWeek.byClinic.map((row) => [row.clinic, row.count])}
        />
        <CountTable
          caption="This week by source"
          heading="Source"
          rows={stats.thisWeek.bySource.map((row) => [row.source, row.count])}
        />
      </div>
      <figure style={{ marginInline: 0, marginBlock: '1.5rem 0' }}>
        <figcaption style={{ fontWeight: 600 }}>Leads per day, last 30 days ({total30} in all)</figcaption>
        <svg
          viewBox={`0 0 ${CHART.width} ${CHART.height}`}
          role="img"
          aria-label={`Leads per day over the last 30 days: ${total30} in all, at most ${busiest} on one day.`}
          style={{ inlineSize: '100%', maxInlineSize: `${CHART.width}px`, blockSize: 'auto' }}
        >
          {stats.perDay.map((day, index) => {
            const height = (day.count / busiest) * (CHART.height - 4)
            return (
              <rect
                key={day.day}
                x={index * barWidth + CHART.gap / 2}
                y={CHART.height - height}
                width={barWidth - CHART.gap}
                height={height}
                fill="currentColor"
              >
                <title>{`${day.day}: ${day.count}`}</title>
              </rect>
            )
          })}
        </svg>
        <details>
          <summary>Figures</summary>
          <CountTable heading="Day" rows={stats.perDay.map((day) => [day.day, day.count])} />
        </details>
      </figure>
    </section>
  )
}
