/**
 * The production server (`npm start`, through bootstrap/run.ts): Next.js's request handler on a Node HTTP server
 * that listens on its public port only once the app can answer.
 *
 * `next start` listens first and loads its routes and Payload on the first requests. After a restart, the
 * visitors who were refused meanwhile come back at once and wait on a process that cannot answer them yet;
 * under load some waited more than 10 s (the soak's hung requests). Here the app first answers a request of each
 * kind on a private loopback port; until then the public port refuses connections, which a proxy (it tries the
 * next instance) or a visitor's retry handles at once.
 */
import http from 'node:http'
import next from 'next'

import { markKnownSiteRequest } from '../site/clinicHosts'
import { projectRoot } from './paths'
import { shutdownDeadlineMs } from './shutdown'
import { serverHostname, serverPort, warmUp } from './warmUp'

// As `next start` names its process: for ps, and the benchmarks that measure it.
process.title = 'next-server'
const args = process.argv.slice(2)
const port = serverPort(args)
const hostname = serverHostname(args)
// What `next start` sets: the app's own origin, for the server-action redirect it fetches from itself (without
// it, Next builds one from X-Forwarded-Proto, which behind a TLS proxy is an https address nothing answers on).
process.env.PORT = String(port)
process.env.__NEXT_PRIVATE_ORIGIN = `http://${hostname && hostname !== '0.0.0.0' ? hostname : 'localhost'}:${port}`

const app = next({ dev: false, dir: projectRoot, hostname, port })
await app.prepare()
const handle = app.getRequestHandler()
let stopping = false
const listener: http.RequestListener = (request, response) => {
  // A stopping server answers what it has and closes the connection, so a proxy sends nothing more on it.
  if (stopping) response.setHeader('Connection', 'close')
  // A host that cannot be judged here stays unmarked: the proxy judges it again.
  void markKnownSiteRequest(request.headers)
    .catch((error: unknown) => console.error('Cannot judge the request’s host:', error))
    .then(() => handle(request, response))
}

const privateServer = http.createServer(listener)
await new Promise<void>((resolve) => privateServer.listen(0, '127.0.0.1', resolve))
// Bounded: with the database away the app cannot get ready, and should still answer visitors (with 503).
await warmUp((privateServer.address() as { port: number }).port, 30_000)
await new Promise<void>((resolve) => privateServer.close(() => resolve()))

const server = http.createServer(listener)
// Next's handlers only log errors: a port already taken must end the process (as with `next start`), not leave one
// that never listens.
server.once('error', (error) => {
  console.error(`Cannot listen on port ${port}:`, error.message)
  process.exit(1)
})
server.listen(port, hostname, () => console.log(`Ready on port ${port}`))

/**
 * Stops accepting connections, lets the requests in flight finish and Next's background work (revalidation) end,
 * then exits, a little before bootstrap/run.ts would kill it.
 */
function stop() {
  stopping = true
  server.close(() => void app.close().finally(() => process.exit(0)))
  setTimeout(() => process.exit(1), shutdownDeadlineMs() * 0.9).unref()
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
