/** The marketer's CSV export: the filtered list, only the leads the user may read, safe to open in a spreadsheet. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { csvCell } from '../leads/admin/exportLeads'
import { CLINIC_A, clinicId, signInAs } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

/**
 * Opens CSV text as a spreadsheet does with `separator`: a quote is special only at the start of a field
 * (elsewhere it is text), and outside quotes a line break ends the row. Returns the rows of cells.
 */
function openAsSpreadsheet(text: string, separator: ',' | ';'): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let atStart = true
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"' && atStart) {
      quoted = true
      atStart = false
    } else if (char === separator || char === '\n' || char === '\r') {
      row.push(cell)
      cell = ''
      atStart = true
      if (char !== separator) {
        if (char === '\r' && text[index + 1] === '\n') index += 1
        rows.push(row)
        row = []
      }
    } else {
      cell += char
      atStart = false
    }
  }
  if (cell || row.length) rows.push([...row, cell])
  return rows
}

/** What a spreadsheet would run as a formula: a cell starting with one of these, also after trimming spaces. */
const runsAsFormula = (cell: string) => /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell.trimStart())

/** What a person sees in a cell: invisible format characters take no room. */
const visible = (cell: string) => cell.replace(/\p{Cf}/gu, '')

/** The export's rows as a spreadsheet with a comma separator reads them, and a way to read one column of a row. */
async function exportAs(token: string | undefined, query = '') {
  const response = await api.request('GET', `/leads/export.csv${query}`, { token })
  const [columns, ...rows] = openAsSpreadsheet(response.text, ',')
  const cell = (row: string[], name: string) => visible(row[columns.indexOf(name)])
  return { status: response.status, type: response.headers.get('content-type'), text: response.text, rows, cell }
}

describe('GET /api/leads/export.csv', () => {
  it('gives a marketer exactly their clinic’s leads', async () => {
    const token = await signInAs(api, 'marketer')
    const exported = await exportAs(token)
    expect([exported.status, exported.type]).toEqual([200, 'text/csv; charset=utf-8'])
    const own = await payload.count({
      collection: 'leads',
      where: { clinic: { equals: await clinicId(payload, CLINIC_A) } },
    })
    expect(exported.rows).toHaveLength(own.totalDocs)
    expect(exported.rows.every((row) => exported.cell(row, 'clinic') === CLINIC_A)).toBe(true)
  })

  it('exports the filtered list', async () => {
    const token = await signInAs(api, 'marketer')
    const exported = await exportAs(token, '?where[status][equals]=new')
    expect(exported.rows.length).toBeGreaterThan(0)
    expect(exported.rows.every((row) => exported.cell(row, 'status') === 'new')).toBe(true)
  })

  it('gives visitors and editors nothing', async () => {
    expect((await exportAs(undefined)).status).toBe(401)
    const editor = await signInAs(api, 'editor')
    expect((await exportAs(editor)).status).toBe(403)
  })

  it('neutralizes spreadsheet formulas and quotes commas, quotes and line breaks', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\u2060=HYPERLINK(""x"")"')
    expect(csvCell('+1 555')).toBe('"\u2060+1 555"')
    expect(csvCell('a, b\nc')).toBe('"a, b\nc"')
    expect(csvCell(undefined)).toBe('""')
  })

  it.each(['marketer', 'owner'] as const)(
    'gives the %s no cell that runs as a formula with a comma or semicolon separator, and phones that read as typed',
    async (role) => {
      const attacks = [
        "x;=cmd|' /C calc'!A0",
        'Hello,=1+1',
        'a;"=HYPERLINK(""http://evil.example"")"',
        'tab\t=2+2',
        'line\n=3+3',
        'cr\r@SUM(A1)',
        'a; -2+3',
        'wide;\uFF1D1+1',
        '=1+1',
      ]
      const email = `formula.${role}@example.com`
      await payload.create({
        collection: 'leads',
        context: { disableNotifications: true },
        data: {
          clinic: await clinicId(payload, CLINIC_A),
          name: attacks.join(' | '),
          email,
          phone: '+447700900123',
          locale: 'en',
          status: 'new',
          message: attacks.join('\n'),
          notes: [{ text: attacks.join(',') }],
          consent: { version: 'test', givenAt: new Date().toISOString() },
        },
      })
      const token = await signInAs(api, role)
      const exported = await exportAs(token, `?where[email][equals]=${encodeURIComponent(email)}`)
      expect(exported.rows).toHaveLength(1)
      for (const separator of [',', ';'] as const) {
        const formulas = openAsSpreadsheet(exported.text, separator).flat().filter(runsAsFormula)
        expect(formulas, `separator ${separator}`).toEqual([])
      }
      const [row] = exported.rows
      expect(exported.cell(row, 'phone')).toBe('+447700900123')
      expect(exported.cell(row, 'name')).toBe(attacks.join(' | '))
      expect(exported.cell(row, 'message')).toBe(attacks.join('\n'))
    },
  )
})
