import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import { dataDir } from '../../bootstrap/paths'
import { outboxDir } from '../../mail/outbox'

/**
 * The mails in the outbox to `address` that mention `text` (other test files write there too). Whole mails only:
 * one being written is a `.partial` file until it is complete, and reading it could cut a link in half.
 */
export async function mailsTo(address: string, text = ''): Promise<string[]> {
  const files = (await readdir(outboxDir(dataDir)).catch(() => [] as string[])).filter((file) => file.endsWith('.eml'))
  const mails = await Promise.all(files.map((file) => readFile(path.join(outboxDir(dataDir), file), 'utf8')))
  return mails.filter((mail) => mail.includes(`To: ${address}`) && mail.includes(text))
}
