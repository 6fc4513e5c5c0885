/**
 * Next's page cache in Redis, shared by every app instance, when REDIS_URL is set (next.config.mjs names this
 * file then). Without it each instance keeps its own cache, and a page revalidated on one stays old on the others.
 *
 * Plain JavaScript: Next loads this file itself, at start, outside its bundles.
 *
 * While Redis is unreachable, pages are still served: each instance caches what it renders in its own memory, and
 * remembers which pages it marked stale meanwhile. When Redis answers again, the instance drops its own copies
 * and marks those pages stale in Redis too, so no edit made during the outage is lost from the shared cache.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLocalHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

/** A page request waits at most this long for Redis before rendering the page itself. */
const REDIS_TIMEOUT_MS = 500
/**
 * A cached page no edit has touched expires after a day and is rendered afresh on its next visit: heals a stale
 * mark lost with an instance that crashed while Redis was away.
 */
const EXPIRE_AFTER_SECONDS = 24 * 60 * 60
/** More stale marks than this missed during an outage: the whole shared cache is emptied instead. */
const MAX_MISSED_TAGS = 5_000

/**
 * The Redis handler, with an in-memory handler that takes over while Redis is unreachable.
 * @param {{ buildId?: string }} context
 */
function sharedPageCache({ buildId }) {
  const client = createClient({
    url: process.env.REDIS_URL,
    // A command given while disconnected fails at once rather than waiting in a queue: the page is rendered.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  })
  // Each build has its own keys: a new release never serves pages rendered by the previous one.
  const keyPrefix = `clinics:${buildId ?? 'build'}:`
  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS })
  let local = createLocalHandler()
  /** @type {Set<string>} */
  const missedTags = new Set()

  const catchUp = async () => {
    local = createLocalHandler()
    const tags = [...missedTags]
    missedTags.clear()
    if (tags.length > MAX_MISSED_TAGS) {
      for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1_000 })) {
        if (keys.length > 0) await client.unlink(keys)
      }
      return
    }
    for (const tag of tags) await redis.revalidateTag(tag)
  }
  client.on('ready', () => {
    catchUp().catch((error) => console.warn(`Page cache: could not catch up with Redis: ${error.message}`))
  })
  // Logged once per outage, not on every reconnection attempt.
  let reported = false
  client.on('ready', () => (reported = false))
  client.on('error', (error) => {
    if (!reported) console.warn(`Page cache: Redis unreachable, pages are cached per instance (${error.message})`)
    reported = true
  })
  // Connects in the background: the app starts and serves pages whether or not Redis is there yet.
  client.connect().catch(() => {})

  /** @type {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} */
  return {
    name: 'redis-or-local',
    get: (key, meta) => (client.isReady ? redis.get(key, meta) : local.get(key, meta)),
    set: (key, value, context) => (client.isReady ? redis.set(key, value, context) : local.set(key, value, context)),
    async revalidateTag(tag) {
      await local.revalidateTag(tag)
      if (!client.isReady) {
        missedTags.add(tag)
        return
      }
      try {
        await redis.revalidateTag(tag)
      } catch (error) {
        missedTags.add(tag)
        throw error
      }
    },
    async delete(key) {
      await local.delete?.(key)
      if (client.isReady) await redis.delete?.(key)
    },
  }
}

CacheHandler.onCreation((context) => ({
  handlers: [sharedPageCache(context)],
  ttl: { defaultStaleAge: EXPIRE_AFTER_SECONDS, estimateExpireAge: (staleAge) => staleAge },
}))

export default CacheHandler
