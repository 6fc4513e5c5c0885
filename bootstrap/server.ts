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

import { projectRoot } from './paths'
import { shutdownDeadlineMs } from './shutdown'
import { serverPort, warmUp } from './warmUp'

// As `next start` names its process: for ps, and the benchmarks that measure it.
process.title = 'next-server'
const port = serverPort(process.argv.slice(2))
const app = next({ dev: false, dir: projectRoot, port })
await app.prepare()
const handle = app.getRequestHandler()
const listener: http.RequestListener = (request, response) => void handle(request, response)

const privateServer = http.createServer(listener)
await new Promise<void>((resolve) => privateServer.listen(0, '127.0.0.1', resolve))
// Bounded: with the database away the app cannot get ready, and should still answer visitors (with 503).
await warmUp((privateServer.address() as { port: number }).port, 30_000)
await new Promise<void>((resolve) => privateServer.close(() => resolve()))

const server = http.createServer(listener)
server.listen(port, () => console.log(`Ready on port ${port}`))

/** Stops accepting connections, lets the requests in flight finish, then exits (bootstrap/run.ts kills it late). */
function stop() {
  server.close(() => process.exit(0))
  server.closeIdleConnections()
  setTimeout(() => process.exit(1), shutdownDeadlineMs()).unref()
}
process.once('SIGTERM', stop)
process.once('SIGINT', stop)
