import type { I18nClient } from '@payloadcms/translations'
import Link from 'next/link'
import type { Payload } from 'payload'

import { adminLocaleOf, adminTranslator } from '../../i18n/adminTexts'
import type { User } from '../../payload-types'
import { leadStats } from './stats'

/** The chart's box; `axis` is the room left of the bars and below them for the scale and the dates. */
const CHART = { width: 600, height: 150, gap: 2, axis: { start: 40, bottom: 22 } }
const PLOT = { width: CHART.width - CHART.axis.start, height: CHART.height - CHART.axis.bottom - 8 }
const baseline = CHART.height - CHART.axis.bottom

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
  const locale = adminLocaleOf(i18n)
  const t = adminTranslator(locale)
  // Days are UTC calendar days (YYYY-MM-DD), written as the reader writes dates.
  const dayFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const dayOf = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`))
  const texts = { leads: t('leads.dashboard.leads'), none: t('leads.dashboard.none') }
  const busiest = Math.max(1, ...stats.perDay.map((day) => day.count))
  const barWidth = PLOT.width / stats.perDay.length
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
          <g fill="currentColor" fontSize="11">
            {/* The scale: 0 and the busiest day's count, and the first, middle and last date. */}
            <text x={CHART.axis.start - 6} y={baseline} textAnchor="end">
              0
            </text>
            <text x={CHART.axis.start - 6} y={baseline - PLOT.height + 8} textAnchor="end">
              {busiest}
            </text>
            {[0, Math.floor(stats.perDay.length / 2), stats.perDay.length - 1].map((index, position) => (
              <text
                key={index}
                x={CHART.axis.start + index * barWidth + barWidth / 2}
                y={CHART.height - 6}
                textAnchor={(['start', 'middle', 'end'] as const)[position]}
              >
                {dayOf(stats.perDay[index].day)}
              </text>
            ))}
          </g>
          <path
            d={`M${CHART.axis.start} ${baseline - PLOT.height} V${baseline} H${CHART.width}`}
            stroke="currentColor"
            fill="none"
          />
          {stats.perDay.map((day, index) => {
            const height = (day.count / busiest) * PLOT.height
            return (
              <rect
                key={day.day}
                x={CHART.axis.start + index * barWidth + CHART.gap / 2}
                y={baseline - height}
                width={barWidth - CHART.gap}
                height={height}
                fill="currentColor"
              >
                <title>{`${dayOf(day.day)}: ${day.count}`}</title>
              </rect>
            )
          })}
        </svg>
        <details>
          <summary>{t('leads.dashboard.figures')}</summary>
          <CountTable
            heading={t('leads.dashboard.day')}
            rows={stats.perDay.map((day) => [dayOf(day.day), day.count])}
            texts={texts}
          />
        </details>
      </figure>
    </section>
  )
}
