/** The import directions of README's "Import directions", as ESLint enforces them in `npm test`. */
import { ESLint } from 'eslint'
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

import { dataFolders, layers, outsideTheLayers } from '../eslint.config.mjs'
import { projectRoot } from '../bootstrap/paths'

const eslint = new ESLint()

/** The import-direction errors ESLint reports for `source` as the file at `filePath`. */
async function directionErrors(filePath: string, source: string) {
  const [result] = await eslint.lintText(source, { filePath })
  return result.messages.filter((message) => message.ruleId === 'import/no-restricted-paths')
}

describe('import directions', () => {
  it('fails a backwards import: a lower layer reaching up', async () => {
    const cases = [
      ['domain/example.ts', "import { sitePages } from '../site/pages'"],
      ['i18n/example.ts', "import { formatPrice } from '../site/format'"],
      ['fields/example.ts', "import { leadTasks } from '../leads'"],
      ['leads/intake/example.ts', "import { Clinics } from '../../collections/Clinics'"],
      ['collections/example.ts', "import { listClinics } from '../queries/clinics'"],
      ['queries/example.ts', "import { PageFrame } from '../components/PageFrame'"],
      ['collections/example.ts', "import config from '../payload.config'"],
    ]
    for (const [filePath, source] of cases) {
      const errors = await directionErrors(filePath, `${source}\n`)
      expect(errors.map((error) => error.message).join(), `${filePath}: ${source}`).toContain('layers below it')
    }
  })

  it('fails production code that reaches into the processes around it (bootstrap, seed, tests)', async () => {
    for (const source of [
      "import { dataDir } from '../bootstrap/paths'",
      "import { clinics } from '../seed/content/clinics'",
      "import { freshPayload } from '../tests/helpers/database'",
      "import proxy from '../proxy'",
    ]) {
      expect(await directionErrors('site/example.ts', `${source}\n`), source).toHaveLength(1)
    }
  })

  it('lets a layer import from below it, and the pages reach Payload through its config', async () => {
    expect(
      await directionErrors('components/example.tsx', "import { listClinics } from '../queries/clinics'\n"),
    ).toEqual([])
    expect(await directionErrors('leads/example.ts', "import { sitePages } from '../site/pages'\n")).toEqual([])
    expect(await directionErrors('queries/example.ts', "import config from '@payload-config'\n")).toEqual([])
  })

  it('places every top-level folder: in a layer, among the processes around the app, or as data', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: projectRoot, encoding: 'utf8' }).split('\n')
    const folders = new Set(tracked.filter((file) => file.includes('/')).map((file) => file.split('/')[0]))
    const placed = new Set([...layers.flat(), ...outsideTheLayers, ...dataFolders, '.ci'])
    expect([...folders].filter((folder) => !placed.has(folder))).toEqual([])
  })
})
