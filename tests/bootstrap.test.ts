/** How the platform starts: the secret it refuses, and an embedded PostgreSQL that keeps its data. */
import { spawn } from 'node:child_process'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

import { typeScriptNodeArgs } from '../bootstrap/node'
import { projectRoot } from '../bootstrap/paths'
import { secretProblem } from '../bootstrap/secret'

function runNode(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...typeScriptNodeArgs, ...args], {
      cwd: projectRoot,
      env: { ...process.env, ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output }))
  })
}

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
    const { code, output } = await runNode(['-e', "import('./payload.config.ts').then(() => process.exit(0))"], {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: secret,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    })
    expect(code).not.toBe(0)
    expect(output).toMatch(/PAYLOAD_SECRET .*openssl rand -hex 32/)
  })
})

describe('the embedded PostgreSQL', () => {
  let directory: string

  afterAll(async () => {
    if (directory) await fs.rm(directory, { recursive: true, force: true })
  })

  /** Starts tests/setup/postgresServer.ts on `dataDirectory` and returns its URL and process. */
  function startServer(dataDirectory: string) {
    // One Node process (no tsx CLI wrapper), so a SIGKILL hits the process that started postgres.
    const child = spawn(process.execPath, [...typeScriptNodeArgs, 'tests/setup/postgresServer.ts', dataDirectory], {
      cwd: projectRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
      child.on('exit', (code) => reject(new Error(`server exited (${code})`)))
    })
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
    return { child, url, exited }
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

    const first = startServer(dataDirectory)
    await query(await first.url, "CREATE TABLE visits (note text); INSERT INTO visits VALUES ('kept')")
    first.child.stdin?.end()
    await first.exited

    const second = startServer(dataDirectory)
    const secondUrl = await second.url
    expect(await query(secondUrl, 'SELECT note FROM visits')).toEqual([{ note: 'kept' }])
    // A hard kill leaves postgres running; the next start must reuse it rather than fail on postmaster.pid.
    second.child.kill('SIGKILL')
    await second.exited
    const [pid] = (await fs.readFile(path.join(dataDirectory, 'postmaster.pid'), 'utf8')).split('\n')
    expect(() => process.kill(Number(pid), 0)).not.toThrow()

    const third = startServer(dataDirectory)
    expect(await third.url).toBe(secondUrl)
    expect(await query(await third.url, 'SELECT note FROM visits')).toEqual([{ note: 'kept' }])
    third.child.stdin?.end()
    await third.exited
    process.kill(Number(pid), 'SIGINT')
  })
})
