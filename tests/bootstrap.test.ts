/** How the platform starts: the secret it refuses, and an embedded PostgreSQL that keeps its data. */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { secretProblem } from '../bootstrap/secret'
import { runScriptForOutput, startPostgresProcess } from './helpers/scripts'

describe('the Payload secret', () => {
  it('is judged unfit when missing, an example value or short', () => {
    expect(secretProblem(undefined)).toMatch(/not set/)
    expect(secretProblem('changeme')).toMatch(/example value/)
    expect(secretProblem('short-but-not-an-example')).toMatch(/shorter than 32/)
    expect(secretProblem('b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184')).toBeNull()
  })

  it.each([
    ['missing', ''],
    ['an example value', 'changeme'],
    ['too short', 'abc123'],
  ])('stops a production start when it is %s, with a clear message', async (_case, secret) => {
    const { code, output } = await runScriptForOutput(
      ['-e', "import('./payload.config.ts').then(() => process.exit(0))"],
      {
        ...process.env,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: secret,
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      },
    )
    expect(code).not.toBe(0)
    expect(output).toMatch(/PAYLOAD_SECRET .*openssl rand -hex 32/)
  })
})

describe('the embedded PostgreSQL', () => {
  let directory: string

  afterAll(async () => {
    if (directory) await fs.rm(directory, { recursive: true, force: true })
  })

  async function waitForExit(pid: number) {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      try {
        process.kill(pid, 0)
      } catch {
        return
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`postgres (pid ${pid}) did not stop within 10 s`)
  }

  async function query(url: string, sql: string) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return (await client.query(sql)).rows
    } finally {
      await client.end()
    }
  }

  it('keeps its data across a clean restart and after the Node process is killed', async () => {
    directory = await fs.mkdtemp(path.join(os.tmpdir(), 'clinics-pg-'))
    const dataDirectory = path.join(directory, 'postgres')

    const first = startPostgresProcess(dataDirectory)
    await query(await first.url, "CREATE TABLE visits (note text); INSERT INTO visits VALUES ('kept')")
    await first.stop()

    const second = startPostgresProcess(dataDirectory)
    const secondUrl = await second.url
    expect(await query(secondUrl, 'SELECT note FROM visits')).toEqual([{ note: 'kept' }])
    // A hard kill leaves postgres running; the next start must reuse it rather than fail on postmaster.pid.
    second.child.kill('SIGKILL')
    await second.exited
    const [pid] = (await fs.readFile(path.join(dataDirectory, 'postmaster.pid'), 'utf8')).split('\n')
    expect(() => process.kill(Number(pid), 0)).not.toThrow()

    const third = startPostgresProcess(dataDirectory)
    expect(await third.url).toBe(secondUrl)
    expect(await query(await third.url, 'SELECT note FROM visits')).toEqual([{ note: 'kept' }])
    await third.stop()
    process.kill(Number(pid), 'SIGINT')
    // Postgres writes its shutdown checkpoint after the signal: removing its folder before it exits races it.
    await waitForExit(Number(pid))
  })
})
