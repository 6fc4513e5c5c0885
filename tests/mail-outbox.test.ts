/**
 * Without SMTP, mail is written to the outbox folder (mail/outbox.ts) for a developer to read. A visitor's text in a
 * header (the subject names them) cannot add header lines there.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { outboxTransport } from '../mail/outbox'

describe('the outbox', () => {
  const folders: string[] = []
  afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))))

  it('keeps a line break in the subject from adding a header', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'outbox-'))
    folders.push(folder)
    await outboxTransport(folder).sendMail({
      from: 'clinic@example.com',
      to: 'owner@example.com',
      subject: 'New consultation request from Eve\r\nBcc: attacker@example.com',
      text: 'Hello',
    })
    const [file] = await readdir(folder)
    const headers = (await readFile(path.join(folder, file), 'utf8')).split('\n\n')[0].split('\n')
    expect(headers.filter((line) => line.startsWith('Bcc:'))).toEqual([])
    expect(headers).toContain('Subject: New consultation request from Eve Bcc: attacker@example.com')
  })
})
