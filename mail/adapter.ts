import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import { dataDir } from '../bootstrap/paths'

const FROM_ADDRESS = process.env.MAIL_FROM_ADDRESS ?? 'no-reply@lumen-clinics.test'
const FROM_NAME = process.env.MAIL_FROM_NAME ?? 'Lumen Clinics'

/** Where mail goes without SMTP: a git-ignored folder a developer can open (and the console). */
export const outboxDir = () => process.env.MAIL_OUTBOX_DIR ?? path.join(dataDir, 'mail')

const recipients = (to: SendEmailOptions['to']) => (Array.isArray(to) ? to : [to]).map(String).join(', ')

/**
 * Payload's email adapter. With SMTP_HOST set, mail goes through nodemailer's SMTP transport (SMTP_PORT,
 * SMTP_USER, SMTP_PASS, SMTP_SECURE); otherwise every message is written to the outbox folder and logged.
 * A failed send throws, so the job that sent it retries.
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
      })
    : undefined
  return {
    name: host ? 'smtp' : 'outbox',
    defaultFromAddress: FROM_ADDRESS,
    defaultFromName: FROM_NAME,
    sendEmail: async (message) => {
      const from = message.from ?? `"${FROM_NAME}" <${FROM_ADDRESS}>`
      if (transport) return transport.sendMail({ ...message, from } as nodemailer.SendMailOptions)
      const file = path.join(outboxDir(), `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomUUID()}.eml`)
      const text = `From: ${from}\nTo: ${recipients(message.to)}\nSubject: ${message.subject}\n\n${message.text ?? ''}\n`
      await mkdir(outboxDir(), { recursive: true })
      await writeFile(file, text)
      payload.logger.info(`Mail to ${recipients(message.to)} written to ${file}`)
      return { file }
    },
  }
}
