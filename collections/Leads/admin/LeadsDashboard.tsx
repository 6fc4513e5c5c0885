import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import type { Payload } from 'payload'

import { adminLocaleOf, adminTranslator } from '../../../i18n/adminTexts'
import type { User } from '../../../payload-types'
import { leadStats } from '../stats'

const CHART = { width: 600, height: 120, gap: 2 }

const cell = { paddingInline: '0 1.5rem', paddingBlock: '0.25rem', textAlign: 'start' as const }

/** A two-column table of lead counts: one row per label. */
function CountTable({
  caption,
  heading,
  rows,
  texts,
}: {
  caption?: string
  heading: string
  rows: [string, number][]
  texts: { leads: string; none: string }
}) {
  return (
    <table style={{ borderCollapse: 'collapse' }}>
      {caption && <caption style={{ textAlign: 'start', fontWeight: 600 }}>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col" style={cell}>
            {heading}
          </th>
          <th scope="col" style={cell}>
            {texts.leads}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} style={cell}>
              {texts.none}
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
export async function LeadsDashboard({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user: User | null
  i18n: I18nClient
}) {
  const stats = await leadStats(payload, user)
  if (!stats) return null
  const t = adminTranslator(adminLocaleOf(i18n))
  const texts = { leads: t('leads.dashboard.leads'), none: t('leads.dashboard.none') }
  const busiest = Math.max(1, ...stats.perDay.map((day) => day.count))
  const barWidth = CHART.width / stats.perDay.length
  const total30 = stats.perDay.reduce((sum, day) => sum + day.count, 0)

  return (
    <section aria-labelledby="lead-panel" style={{ marginBlockEnd: '2rem' }} data-testid="lead-panel">
      <h2 id="lead-panel">{t('leads.dashboard.heading')}</h2>
      <p>
        <strong>{stats.thisWeek.total}</strong> {t('leads.dashboard.thisWeek')} ·{' '}
        <Link href="/admin/collections/leads?where[status][equals]=new">{t('leads.dashboard.openNew')}</Link>
      </p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem' }}>
        <CountTable
          caption={t('leads.dashboard.byClinic')}
          heading={t('leads.dashboard.clinic')}
          rows={stats.thisWeek.byClinic.map((row) => [row.clinic, row.count])}
          texts={texts}
        />
        <CountTable
          caption={t('leads.dashboard.bySource')}
          heading={t('leads.dashboard.source')}
          rows={stats.thisWeek.bySource.map((row) => [row.source, row.count])}
          texts={texts}
        />
      </div>
      <figure style={{ marginInline: 0, marginBlock: '1.5rem 0' }}>
        <figcaption style={{ fontWeight: 600 }}>{t('leads.dashboard.perDay', { total: total30 })}</figcaption>
        <svg
          viewBox={`0 0 ${CHART.width} ${CHART.height}`}
          role="img"
          aria-label={t('leads.dashboard.chartLabel', { total: total30, busiest })}
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
          <summary>{t('leads.dashboard.figures')}</summary>
          <CountTable
            heading={t('leads.dashboard.day')}
            rows={stats.perDay.map((day) => [day.day, day.count])}
            texts={texts}
          />
        </details>
      </figure>
    </section>
  )
}
