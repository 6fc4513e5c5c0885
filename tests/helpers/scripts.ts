import { exitOf, spawnScript } from '../../bootstrap/scripts'

export { runScript, spawnScript } from '../../bootstrap/scripts'

/** Runs a script to its end and returns its exit code and everything it printed. */
export async function runScriptForOutput(args: string[], env: NodeJS.ProcessEnv) {
  const child = spawnScript(args, { env })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return { code: await exitOf(child), output }
}

/**
 * A throwaway embedded PostgreSQL in its own process (tests/setup/postgresServer.ts): `url` resolves to the
 * server's URL, `stop()` closes the script's stdin so it stops the server, `child` is the Node process itself.
 */
export function startPostgresProcess(dataDirectory: string) {
  const child = spawnScript(['tests/setup/postgresServer.ts', dataDirectory], { stdio: ['pipe', 'pipe', 'inherit'] })
  const exited = exitOf(child).then(() => undefined)
  const url = new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('\n')) resolve(output.split('\n')[0].trim())
    })
    child.on('error', reject)
    void exited.then(() => reject(new Error('the test PostgreSQL exited before printing its URL')))
  })
  return { child, url, exited, stop: () => (child.stdin?.end(), exited) }
}
