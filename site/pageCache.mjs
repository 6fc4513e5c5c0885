/**
 * Next's page cache in Redis, shared by every app instance, when REDIS_URL is set (next.config.mjs names this
 * file then). Without it each instance keeps its own cache, and a page revalidated on one stays old on the others.
 *
 * Plain JavaScript: Next loads this file itself, at start, outside its bundles.
 *
 * While Redis is unreachable, pages are still served: each instance caches what it renders in its own memory for a
 * few seconds, and remembers which pages it marked stale meanwhile. When Redis answers again, the instance marks
 * those pages stale in Redis too before it reads from Redis again, so no edit made during the outage is lost from
 * the shared cache.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import createLocalHandler from '@fortedigital/nextjs-cache-handler/local-lru'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { createClient } from '@redis/client'

import { refreshedPage, refreshThroughProxies } from './proxyRefresh.mjs'

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
 * While Redis is away, an instance keeps what it renders this long: an edit saved on another instance (which this
 * one cannot hear of) shows here within that time.
 */
const LOCAL_EXPIRE_SECONDS = 10
/** How soon a failed catch-up with Redis is tried again. */
const RETRY_MS = 2_000
/** Next's prefix for the cache tag of a revalidated path: the only tags this site revalidates. */
const PATH_TAG = '_N_T_'
/** The hash of stale marks that the Redis handler's `get` compares each page's tags with (its own name for it). */
const REVALIDATED_TAGS_KEY = '__revalidated_tags__'

/**
 * The Redis handler, with an in-memory handler that takes over while Redis is unreachable or behind.
 * @param {{ buildId?: string }} context
 */
function sharedPageCache({ buildId }) {
  const client = createClient({
    url: process.env.REDIS_URL,
    // A command given while disconnected fails at once rather than waiting in a queue: the page is rendered.
    disableOfflineQueue: true,
    commandsQueueMaxLength: 1_000,
    // Finds a connection that stopped answering.
    pingInterval: 5_000,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  })
  // Each build has its own keys: a new release never serves pages rendered by the previous one.
  const keyPrefix = `clinics:${buildId ?? 'build'}:`
  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS })
  let local = createLocalHandler()
  /**
   * Marks revalidated paths' pages stale: fields in the hash `get` reads, all in one command. The Redis handler's own
   * revalidateTag writes one field per call, then also reads every cached page's tags twice to delete the matching
   * ones at once, which costs a change marking a hundred paths seconds when thousands of pages are cached.
   * @param {string[]} tags
   */
  const markStale = async (tags) => {
    const pathTags = tags.filter((tag) => tag.startsWith(PATH_TAG))
    const now = Date.now()
    if (pathTags.length > 0)
      await client
        .withAbortSignal(AbortSignal.timeout(REDIS_TIMEOUT_MS))
        .hSet(`${keyPrefix}${REVALIDATED_TAGS_KEY}`, Object.fromEntries(pathTags.map((tag) => [tag, now])))
    for (const tag of tags) if (!tag.startsWith(PATH_TAG)) await redis.revalidateTag(tag)
  }
  /** Pages marked stale here that Redis has not heard of yet. @type {Set<string>} */
  const missedTags = new Set()
  /** Whether Redis is reachable and has every stale mark: only then is it read and written. */
  let shared = false

  const forgetEverything = async () => {
    for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 1_000 })) {
      if (keys.length > 0) await client.unlink(keys)
    }
    missedTags.clear()
  }
  /** Tells Redis every stale mark it missed, then shares again; tried again until it succeeds. */
  const catchUp = async () => {
    if (!client.isReady) return
    try {
      if (missedTags.size > MAX_MISSED_TAGS) await forgetEverything()
      // Marks missed while catching up are caught up too.
      while (missedTags.size > 0) {
        const tags = [...missedTags]
        await markStale(tags)
        for (const tag of tags) missedTags.delete(tag)
      }
      local = createLocalHandler()
      shared = true
    } catch (error) {
      console.warn(`Page cache: could not catch up with Redis, trying again (${error.message})`)
      setTimeout(() => void catchUp(), RETRY_MS).unref()
    }
  }
  client.on('ready', () => void catchUp())
  // Logged once per outage, not on every reconnection attempt.
  let reported = false
  client.on('ready', () => (reported = false))
  client.on('error', (error) => {
    shared = false
    // Shares again after catching up: on reconnecting ('ready'), or here if the connection survived the error.
    setTimeout(() => void catchUp(), RETRY_MS).unref()
    if (!reported) console.warn(`Page cache: Redis unreachable, pages are cached per instance (${error.message})`)
    reported = true
  })
  client.on('end', () => (shared = false))
  // Connects in the background: the app starts and serves pages whether or not Redis is there yet.
  client.connect().catch(() => {})

  const expiresSoon = (value) => ({
    ...value,
    lifespan: value.lifespan && {
      ...value.lifespan,
      expireAt: Math.min(value.lifespan.expireAt, Math.floor(Date.now() / 1000) + LOCAL_EXPIRE_SECONDS),
    },
  })

  /** @type {import('@fortedigital/nextjs-cache-handler/cache-handler.types').Handler} */
  return {
    name: 'redis-or-local',
    get: (key, meta) => (shared ? redis.get(key, meta) : local.get(key, meta)),
    set: (key, value, context) =>
      shared ? redis.set(key, value, context) : local.set(key, expiresSoon(value), context),
    /**
     * One change's tags, in the order revalidatePath was given them: its pages' stale marks, then the requests to
     * refresh the proxies (proxyRefresh.mjs), which start once the marks are in Redis.
     * @param {string[]} tags
     */
    async revalidateTags(tags) {
      const staleTags = tags.filter((tag) => !refreshedPage(tag))
      for (const tag of staleTags) await local.revalidateTag(tag)
      if (!shared) staleTags.forEach((tag) => missedTags.add(tag))
      else {
        try {
          await markStale(staleTags)
        } catch (error) {
          // Redis may still hold the pages: it is not read until it has heard of these marks.
          shared = false
          staleTags.forEach((tag) => missedTags.add(tag))
          console.warn(`Page cache: Redis missed stale marks, catching up (${error.message})`)
          void catchUp()
        }
      }
      for (const tag of tags) {
        const refreshed = refreshedPage(tag)
        if (refreshed) refreshThroughProxies(refreshed)
      }
    },
    revalidateTag(tag) {
      return this.revalidateTags([tag])
    },
    async delete(key) {
      await local.delete?.(key)
      if (shared) await redis.delete?.(key)
    },
  }
}

/** The one shared page cache of this process, made when Next first uses the cache handler. */
let pageCache

CacheHandler.onCreation((context) => {
  pageCache = sharedPageCache(context)
  return {
    handlers: [pageCache],
    ttl: { defaultStaleAge: EXPIRE_AFTER_SECONDS, estimateExpireAge: (staleAge) => staleAge },
  }
})

/**
 * Next hands a request's revalidated tags over in one call; the library's handler passes them on one at a time, a
 * Redis round trip each, which a hundred paths and a busy instance stretch to half a second before the save answers.
 * Here they reach the page cache together.
 */
export default class PageCacheHandler extends CacheHandler {
  async revalidateTag(tag) {
    // With no tags, the library only makes its handlers (onCreation above), once per process.
    await super.revalidateTag([])
    await pageCache.revalidateTags(typeof tag === 'string' ? [tag] : tag)
  }
}
