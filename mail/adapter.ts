import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { runnerSettings } from '../jobs/runner'
import { ServiceUnavailable } from '../jobs/serviceUnavailable'
import { addresses, type OutboxInfo, outboxTransport } from './outbox'

const FROM_ADDRESS = process.env.MAIL_FROM_ADDRESS ?? 'no-reply@lumen-clinics.test'
const FROM_NAME = process.env.MAIL_FROM_NAME ?? 'Lumen Clinics'
// Quoted: the official adapter's default leaves the name bare, and nodemailer then drops "(…)" or splits at ":".
const DEFAULT_FROM = `"${FROM_NAME}" <${FROM_ADDRESS}>`

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

const asServiceUnavailable = (error: unknown): never => {
  throw serverUnavailable(error) ? new ServiceUnavailable('The mail server', error) : error
}

/** nodemailer's SMTP transport, set by SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE, SMTP_MAX_CONNECTIONS. */
const smtpTransport = (host: string) =>
  nodemailer.createTransport({
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

export type MailSettings = {
  /** Where mail is written when SMTP_HOST is not set (outboxDir in ./outbox). */
  outboxDir: string
}

/**
 * Payload's email adapter: the official nodemailer adapter, over SMTP when SMTP_HOST is set, else writing every
 * message to the outbox folder and logging it. A failed send throws, so the job that sent it retries; one that
 * says the mail server is unreachable throws ServiceUnavailable, so the jobs wait for it instead.
 */
export async function mailAdapter({ outboxDir }: MailSettings): Promise<EmailAdapter> {
  const host = process.env.SMTP_HOST
  const nodemailerMail = await nodemailerAdapter({
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    // Always ours: without a transport the adapter asks ethereal.email, online, for a test account.
    transport: host ? smtpTransport(host) : outboxTransport(outboxDir),
    // Verifying connects at start-up and only logs when the server is down; the first mail's job finds out anyway.
    skipVerify: true,
  })
  return ({ payload }) => {
    const adapter = nodemailerMail({ payload })
    return {
      ...adapter,
      sendEmail: async (message) => {
        const sent = await adapter
          .sendEmail({ ...message, from: message.from ?? DEFAULT_FROM })
          .catch(asServiceUnavailable)
        const { file } = sent as Partial<OutboxInfo>
        if (file) payload.logger.info(`Mail to ${addresses(message.to)} written to ${file}`)
        return sent
      },
    }
  }
}
