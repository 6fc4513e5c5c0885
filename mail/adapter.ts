import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { dataDir } from '../bootstrap/paths'
import { runnerSettings } from '../jobs/runner'
import { ServiceUnavailable } from '../jobs/serviceUnavailable'

const FROM_ADDRESS = process.env.MAIL_FROM_ADDRESS ?? 'no-reply@lumen-clinics.test'
const FROM_NAME = process.env.MAIL_FROM_NAME ?? 'Lumen Clinics'

/** Where mail goes without SMTP: a git-ignored folder a developer can open (and the console). */
export const outboxDir = () => process.env.MAIL_OUTBOX_DIR ?? path.join(dataDir, 'mail')

/**
 * A message id that is the same each time the same job sends its mail: a job that runs again (its runner
 * died after sending) writes the same outbox file again rather than a second one, and a mail server or
 * reader can drop the repeat by its Message-ID.
 */
export const messageIdFor = (job: { id: number; createdAt: string }) =>
  `<job-${job.id}-${Date.parse(job.createdAt)}@${FROM_ADDRESS.split('@')[1]}>`

/**
 * Whether a failed send says the mail server itself is unreachable or refusing us before any message went out (no
 * connection, no name, no greeting, login refused) or "421 service not available", rather than failing on this one
 * message: then every mail would fail alike, and the jobs wait for the server instead of using up their attempts.
 * A connection lost mid-message is not among them (nodemailer tags every socket error "CONN", whatever the phase).
 */
const serverUnavailable = (error: unknown) => {
  const { code, syscall, responseCode, message } = error as {
    code?: string
    syscall?: string
    responseCode?: number
    message?: string
  }
  const beforeGreeting = message === 'Connection timeout' || message?.startsWith('Greeting never received')
  return (
    syscall === 'connect' ||
    code === 'EDNS' ||
    code === 'EAUTH' ||
    responseCode === 421 ||
    (code === 'ETIMEDOUT' && beforeGreeting)
  )
}

const recipients = (to: SendEmailOptions['to']) => (Array.isArray(to) ? to : [to]).map(String).join(', ')

/**
 * Payload's email adapter. With SMTP_HOST set, mail goes through nodemailer's SMTP transport (SMTP_PORT,
 * SMTP_USER, SMTP_PASS, SMTP_SECURE, SMTP_MAX_CONNECTIONS); otherwise every message is written to the outbox
 * folder and logged. A failed send throws, so the job that sent it retries.
 */
export const mailAdapter: EmailAdapter = ({ payload }) => {
  const host = process.env.SMTP_HOST
  const transport = host
    ? nodemailer.createTransport({
        host,
        port: Number(process.env.SMTP_PORT ?? 587),
        secure: process.env.SMTP_SECURE === 'true',
        auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASS } : undefined,
        connectionTimeout: 10_000,
        // Reuse connections, one per job running at once: a mail takes several round trips on its connection
        // (about 20 mails/s per connection even on this machine), and the worker sends hundreds a second.
        // SMTP_MAX_CONNECTIONS lowers it for a provider that caps connections per client.
        pool: true,
        maxConnections: Number(process.env.SMTP_MAX_CONNECTIONS ?? runnerSettings().concurrency),
      })
    : undefined
  return {
    name: host ? 'smtp' : 'outbox',
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    sendEmail: async (message) => {
      const from = message.from ?? `"${FROM_NAME}" <${FROM_ADDRESS}>`
      if (transport) {
        try {
          return await transport.sendMail({ ...message, from } as nodemailer.SendMailOptions)
        } catch (error) {
          throw serverUnavailable(error) ? new ServiceUnavailable('The mail server', error) : error
        }
      }
      const name = message.messageId?.replace(/[^\w.-]/g, '') || `${new Date().toISOString()}-${crypto.randomUUID()}`
      const file = path.join(outboxDir(), `${name.replace(/[:.]/g, '-')}.eml`)
      const headers = [`From: ${from}`, `To: ${recipients(message.to)}`, `Subject: ${message.subject}`]
      if (message.messageId) headers.push(`Message-ID: ${message.messageId}`)
      await mkdir(outboxDir(), { recursive: true })
      // Written whole or not at all: a reader never sees half a mail, and a repeat replaces the file.
      await writeFile(`${file}.partial`, `${headers.join('\n')}\n\n${message.text ?? ''}\n`)
      await rename(`${file}.partial`, file)
      payload.logger.info(`Mail to ${recipients(message.to)} written to ${file}`)
      return { file }
    },
  }
}
