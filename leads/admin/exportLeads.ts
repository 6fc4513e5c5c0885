import type { Endpoint, Where } from 'payload'

import type { Clinic, Lead, Treatment, User } from '../../payload-types'

const COLUMNS: [string, (lead: Lead) => unknown][] = [
  ['id', (lead) => lead.id],
  ['created', (lead) => lead.createdAt],
  ['status', (lead) => lead.status],
  ['assignee', (lead) => (lead.assignee as User | null | undefined)?.email],
  ['source', (lead) => lead.source],
  ['clinic', (lead) => (lead.clinic as Clinic | undefined)?.slug],
  ['treatment', (lead) => (lead.treatment as Treatment | null | undefined)?.slug],
  ['name', (lead) => lead.name],
  ['email', (lead) => lead.email],
  ['phone', (lead) => lead.phone],
  ['preferred_contact', (lead) => lead.preferredContact],
  ['locale', (lead) => lead.locale],
  ['message', (lead) => lead.message],
  ['marketing_opt_in', (lead) => lead.marketingOptIn],
  ['consent_version', (lead) => lead.consent?.version],
  ['consent_given_at', (lead) => lead.consent?.givenAt],
  ['first_utm_source', (lead) => lead.attribution?.firstTouch?.utm_source],
  ['first_utm_medium', (lead) => lead.attribution?.firstTouch?.utm_medium],
  ['first_utm_campaign', (lead) => lead.attribution?.firstTouch?.utm_campaign],
  ['first_referrer', (lead) => lead.attribution?.firstTouch?.referrer],
  ['first_landing_page', (lead) => lead.attribution?.firstTouch?.landingPage],
  ['last_utm_source', (lead) => lead.attribution?.lastTouch?.utm_source],
  ['last_utm_campaign', (lead) => lead.attribution?.lastTouch?.utm_campaign],
  ['last_gclid', (lead) => lead.attribution?.lastTouch?.gclid],
  ['last_fbclid', (lead) => lead.attribution?.lastTouch?.fbclid],
  ['notes', (lead) => (lead.notes ?? []).map((note) => note.text).join('\n')],
  ['anonymized_at', (lead) => lead.anonymizedAt],
]

/**
 * Where a spreadsheet could start a cell: the cell's own start, and after any character that some program takes
 * as a separator or row break when it opens the file (Excel and LibreOffice use ";" where "," is the decimal
 * mark, as in de, fr and es; quotes then no longer line up). Spaces and quotes may come before the formula.
 */
const CELL_START = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g

/**
 * One CSV cell. Visitors write these values, and a cell that starts with =, +, - or @ (or their full-width forms)
 * runs as a formula. Every place such a cell could start gets an invisible WORD JOINER (U+2060) before the sign:
 * the cell is then text, and reads exactly as before. An apostrophe would show ("'+447700900123"), and quoting
 * alone does not help: Excel runs "=1+1" and "+44..." even when quoted. Every cell is quoted.
 */
export const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value).replace(CELL_START, '$1$2\u2060')
  return `"${text.replace(/"/g, '""')}"`
}

/**
 * GET /api/leads/export.csv?where[...]: the filtered lead list as CSV, read with the user's own access, so a
 * marketer exports only their clinics' leads and visitors get nothing.
 */
export const exportLeads: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Sign in to export leads' }, { status: 401 })
    const { docs } = await req.payload.find({
      collection: 'leads',
      where: (req.query.where as Where | undefined) ?? {},
      sort: '-createdAt',
      depth: 1,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      populate: { clinics: { slug: true }, treatments: { slug: true }, users: { email: true } },
    })
    const lines = [
      COLUMNS.map(([name]) => csvCell(name)).join(','),
      ...docs.map((lead) => COLUMNS.map(([, value]) => csvCell(value(lead))).join(',')),
    ]
    // The byte order mark makes Excel read the file as UTF-8 (names in any script, and the word joiners above).
    return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="leads-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
