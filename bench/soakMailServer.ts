/**
 * The soak's SMTP server (bench/soak.ts), in a thread of its own: a mail server has CPU time of its own, not
 * what the load generator leaves over. It posts each mail's Message-ID, recipient, lead and arrival time to the
 * soak, and stops and starts listening when told ('close', 'open'), answering 'done'.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { SMTPServer } from 'smtp-server'

export type Mail = { messageId: string; to: string; lead?: number; receivedAt: number }

const { port } = workerData as { port: number }

/** A mail's head and text, decoded from the transfer encoding nodemailer chose. */
function mailText(raw: string) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase()
  if (encoding === 'base64') return { head, text: Buffer.from(body, 'base64').toString() }
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
    return { head, text: decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25')) }
  }
  return { head, text: body }
}

let server: SMTPServer | undefined

const open = () =>
  new Promise<void>((resolve, reject) => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      disableReverseLookup: true,
      closeTimeout: 1_000,
      onData(stream, session, callback) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const { head, text } = mailText(Buffer.concat(chunks).toString())
          const mail: Mail = {
            messageId: /^message-id:\s*(<[^>]+>)/im.exec(head)?.[1] ?? '(none)',
            to: session.envelope.rcptTo.map((recipient) => recipient.address).join(', '),
            // The clinic's mail links to the lead in the admin; the visitor's goes to the lead's own address.
            lead: Number(/\/admin\/collections\/leads\/(\d+)/.exec(text)?.[1]) || undefined,
            receivedAt: Date.now(),
          }
          parentPort!.postMessage({ mail })
          callback()
        })
      },
    })
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server!.off('error', reject)
      // A client that goes away mid-mail (the app killed) is the app's to recover from, not the server's.
      server!.on('error', () => undefined)
      resolve()
    })
  })

// Stops listening: connections are refused from now on.
const close = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))

parentPort!.on('message', (command: 'open' | 'close') => {
  void (command === 'open' ? open() : close()).then(() => parentPort!.postMessage({ done: command }))
})
