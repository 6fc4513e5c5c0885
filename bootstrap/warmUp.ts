/** The port `next dev` / `next start` listens on: its `-p` / `--port` argument, else PORT, else 3000. */
export function serverPort(nextArgs: string[]): number {
  const flag = nextArgs.findIndex((arg) => arg === '-p' || arg === '--port')
  return Number((flag >= 0 ? nextArgs[flag + 1] : undefined) ?? process.env.PORT ?? 3000)
}

/**
 * Asks the app for GET /api/ready until it answers, so Payload starts (connects, loads its config) as soon as
 * Next listens instead of on the first visitor's request, which would wait for it or be asked to come back in a
 * moment (queries/payload.ts). Gives up quietly after two minutes: a failed start shows in the app's own log.
 */
export async function warmUp(port: number) {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    const answered = await fetch(`http://127.0.0.1:${port}/api/ready`, { signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
