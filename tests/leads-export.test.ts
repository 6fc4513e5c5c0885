/** The marketer's CSV export: the filtered list, only the leads the user may read, safe to open in a spreadsheet. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { csvCell } from '../collections/Leads/endpoints/exportLeads'
import { DEMO_PASSWORD, demoStaffEmail } from '../seed/content/users'
import { CLINIC_A, clinicId } from './helpers/actors'
import { freshPayload } from './helpers/database'
import { apiClient } from './helpers/http'

let payload: Payload
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  payload = await freshPayload()
  api = apiClient(Promise.resolve(payload.config))
})

/** The export's rows, and a way to read one column of a row (the test data has no commas in these columns). */
async function exportAs(token: string | undefined, query = '') {
  const response = await api.request('GET', `/leads/export.csv${query}`, { token })
  const [header, ...rows] = response.text.trim().split('\r\n')
  const columns = header.split(',')
  const cell = (row: string, name: string) => row.split(',')[columns.indexOf(name)]
  return { status: response.status, type: response.headers.get('content-type'), rows, cell }
}

describe('GET /api/leads/export.csv', () => {
  it('gives a marketer exactly their clinic’s leads', async () => {
    const token = await api.login(demoStaffEmail('marketer', CLINIC_A), DEMO_PASSWORD)
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
    const token = await api.login(demoStaffEmail('marketer', CLINIC_A), DEMO_PASSWORD)
    const exported = await exportAs(token, '?where[status][equals]=new')
    expect(exported.rows.length).toBeGreaterThan(0)
    expect(exported.rows.every((row) => exported.cell(row, 'status') === 'new')).toBe(true)
  })

  it('gives visitors and editors nothing', async () => {
    expect((await exportAs(undefined)).status).toBe(401)
    const editor = await api.login(demoStaffEmail('editor', CLINIC_A), DEMO_PASSWORD)
    expect((await exportAs(editor)).status).toBe(403)
  })

  it('neutralizes spreadsheet formulas and quotes commas, quotes and line breaks', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvCell('+1 555')).toBe("'+1 555")
    expect(csvCell('a, b\nc')).toBe('"a, b\nc"')
    expect(csvCell(undefined)).toBe('')
  })
})
