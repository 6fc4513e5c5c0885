import { getPayload } from 'payload'

import { seed } from '../seed'

export type SeedMode = 'always' | 'if-empty' | 'never'

/** Applies pending migrations, then seeds demo content as asked. Needs DATABASE_URL and PAYLOAD_SECRET set. */
export async function prepareDatabase(seedMode: SeedMode): Promise<void> {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  try {
    await payload.db.migrate()
    const empty = (await payload.count({ collection: 'users' })).totalDocs === 0
    if (seedMode === 'always' || (seedMode === 'if-empty' && empty)) {
      await seed(payload, { log: (line) => console.log(`[seed] ${line}`) })
    }
  } finally {
    await payload.destroy()
  }
}
