import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { callbackify } from 'node:util'
import nodemailer from 'nodemailer'
import type Mail from 'nodemailer/lib/mailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'
import type MimeNode from 'nodemailer/lib/mime-node'

/** Where mail goes without SMTP: MAIL_OUTBOX_DIR, or a folder in the (git-ignored) data folder a developer can open. */
export const outboxDir = (dataDir: string) => process.env.MAIL_OUTBOX_DIR ?? path.join(dataDir, 'mail')

/** What the outbox transport answers for a mail, like any nodemailer transport, plus the file it wrote. */
export type OutboxInfo = { envelope: MimeNode.Envelope; messageId: string; file: string }

/** A mail's recipients (or sender) as a header lists them. */
export const addresses = (list: Mail.Options['to']) =>
  [list ?? []]
    .flat()
    .map((address) => (typeof address === 'string' ? address : address.address))
    .join(', ')

/**
 * Named by the mail's Message-ID when it has one, so a job that sends its mail again (see messageIdFor) replaces
 * its file instead of adding a second.
 */
const fileNameOf = ({ messageId }: Mail.Options) => {
  const name = messageId?.replace(/[^\w.-]/g, '') || `${new Date().toISOString()}-${crypto.randomUUID()}`
  return `${name.replace(/[:.]/g, '-')}.eml`
}

/** One header line's value: a line break in a visitor's text (a subject naming them) cannot add a header. */
const headerValue = (value: unknown) => String(value ?? '').replace(/[\r\n]+/g, ' ')

/** The headers a reader looks for, then the text: readable as it is, unlike the encoded message. */
const outboxText = (mail: Mail.Options) => {
  const headers = [
    `From: ${headerValue(addresses(mail.from))}`,
    `To: ${headerValue(addresses(mail.to))}`,
    `Subject: ${headerValue(mail.subject)}`,
  ]
  if (mail.messageId) headers.push(`Message-ID: ${mail.messageId}`)
  return `${headers.join('\n')}\n\n${mail.text ?? ''}\n`
}

async function writeToOutbox(dir: string, mail: Mail.Options) {
  const file = path.join(dir, fileNameOf(mail))
  await mkdir(dir, { recursive: true })
  // Written whole or not at all: a reader never sees half a mail, and a repeat replaces the file.
  await writeFile(`${file}.partial`, outboxText(mail))
  await rename(`${file}.partial`, file)
  return file
}

/** A nodemailer transport that writes each mail to a file in `dir` instead of sending it. */
export const outboxTransport = (dir: string) =>
  nodemailer.createTransport<OutboxInfo>({
    name: 'outbox',
    version: '1',
    send: callbackify(async ({ data, message }: MailMessage<OutboxInfo>) => ({
      envelope: message.getEnvelope(),
      messageId: message.messageId(),
      file: await writeToOutbox(dir, data),
    })),
  })
