const argument = (nextArgs: string[], short: string, long: string) => {
  const flag = nextArgs.findIndex((arg) => arg === short || arg === long)
  return flag >= 0 ? nextArgs[flag + 1] : undefined
}

/** The port `next dev` / `next start` listens on: its `-p` / `--port` argument, else PORT, else 3000. */
export const serverPort = (nextArgs: string[]): number =>
  Number(argument(nextArgs, '-p', '--port') ?? process.env.PORT ?? 3000)

/** The address it listens on: its `-H` / `--hostname` argument, else every interface. */
export const serverHostname = (nextArgs: string[]): string | undefined => argument(nextArgs, '-H', '--hostname')

/**
 * What a first visitor would otherwise wait for: Payload connecting and loading its config (/api/ready), the
 * REST API's route (a public read), the lead intake's own route and its queries (an empty form, refused with
 * 400: nothing is stored), and a page render (/en). Without the intake, the flood of leads retried as the port
 * opened waited on its first load: 19 requests went unanswered for 10 s in a soak.
 */
const WARM_UP: { path: string; init?: RequestInit }[] = [
  { path: '/api/ready' },
  { path: '/api/clinics?limit=1' },
  { path: '/api/leads', init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' } },
  { path: '/en' },
]

/**
 * Asks the app on `port` for each warm-up address until it answers (any status but 503, which /api/ready gives
 * while Payload starts). Gives up quietly after `withinMs`: a failed start shows in the app's own log, and an app
 * whose database is away answers visitors with 503 meanwhile.
 */
export async function warmUp(port: number, withinMs: number) {
  const deadline = Date.now() + withinMs
  for (const { path, init } of WARM_UP) {
    while (Date.now() < deadline) {
      const request = { ...init, signal: AbortSignal.timeout(30_000) }
      const answered = await fetch(`http://127.0.0.1:${port}${path}`, request).then(
        (response) => response.status !== 503,
        () => false,
      )
      if (answered) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}
