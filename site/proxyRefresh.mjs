/**
 * Fetching revalidated pages afresh into the caching proxies in front of the instances (deploy/nginx), so an edit
 * is live through them at once rather than when their copy expires: a one-second micro-cache in nginx keeps a copy
 * up to two seconds (it counts in whole seconds), and hands it out once more while fetching the new one.
 *
 * PAGE_CACHE_REFRESH_URLS lists each proxy's refresh listener (comma-separated, e.g. `http://nginx:8081`): a
 * listener on the internal network that always fetches from an instance and stores the answer for visitors.
 *
 * Plain JavaScript: the page cache handler (site/pageCache.mjs), which Next loads outside its bundles, sends them.
 */
import http from 'node:http'

/**
 * revalidatePath is given `PROXY_REFRESH_MARK/<host><path>` (the page's public address) after a change's pages:
 * Next hands the page cache handler the stale marks of one change in order, so the handler sees this one once the
 * pages are marked stale in the shared cache, and a refresh then renders the new page (see site/revalidate.ts).
 */
export const PROXY_REFRESH_MARK = '/_proxy-refresh'
/** Next's prefix for the cache tag of a revalidated path. */
const PATH_TAG = '_N_T_'
/** Pages refreshed at once per instance: the rest wait, so a change's renders do not crowd out visitors. */
export const CONCURRENT_REFRESHES = 3

/** The proxies' refresh listeners; none unless PAGE_CACHE_REFRESH_URLS is set. */
export const refreshListeners = () =>
  (process.env.PAGE_CACHE_REFRESH_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

/** The path revalidatePath is given to have the proxies fetch the page at `url` afresh. */
export const refreshMark = (url) => `${PROXY_REFRESH_MARK}/${url.host}${url.pathname}`

/** A host name with an optional port, and a path on it: nothing that could name another server or break a header. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i
const PATH = /^\/(?!\/)[^\s]*$/

/** The public address a cache tag asks to refresh (`{ host, pathname }`), or undefined for any other tag. */
export function refreshedPage(tag) {
  const mark = `${PATH_TAG}${PROXY_REFRESH_MARK}/`
  if (!tag.startsWith(mark)) return undefined
  const address = tag.slice(mark.length)
  const slash = address.indexOf('/')
  const [host, pathname] = [address.slice(0, slash), address.slice(slash)]
  return slash > 0 && HOST.test(host) && PATH.test(pathname) ? { host, pathname } : undefined
}

/** GET `pathname` through one proxy's refresh listener, with the Host visitors use (part of the proxy's key). */
const fetchThrough = (listener, pathname, host) =>
  new Promise((resolve) => {
    const url = new URL(listener)
    url.pathname = pathname
    const request = http.get(url, { headers: { Host: host }, timeout: 10_000 }, (response) => {
      response.resume()
      response.on('end', resolve)
    })
    // A proxy that is away keeps its copy until it expires: the edit shows there a second or two later.
    request.on('error', (error) => {
      console.warn(`Page refresh through ${listener} failed: ${error.message}`)
      resolve()
    })
    request.on('timeout', () => request.destroy(new Error('timed out')))
  })

/** A refresh not started within this long is dropped: by then the proxy's copy has expired, or is about to. */
const REFRESH_WITHIN_MS = 1_500
/** Marks this close together come from one change (Next hands a change's marks over one after the other). */
const CHANGE_GAP_MS = 50

/** Refreshes waiting, per change, the newest change first: an edit is never queued behind an older one's pages. */
const changes = []
let lastMarkAt = 0
let running = 0

/** The next refresh to start, from the newest change that has one; changes too old to matter are dropped. */
function nextRefresh() {
  const now = Date.now()
  while (changes.length > 0 && now - changes[changes.length - 1].at > REFRESH_WITHIN_MS) changes.pop()
  const change = changes.find((candidate) => candidate.refreshes.length > 0)
  return change?.refreshes.shift()
}

function startRefreshes() {
  while (running < CONCURRENT_REFRESHES) {
    const refresh = nextRefresh()
    if (!refresh) return
    running += 1
    void refresh().finally(() => {
      running -= 1
      startRefreshes()
    })
  }
}

/** Has every proxy fetch the page at `host` and `pathname` afresh, in the background. */
export function refreshThroughProxies({ host, pathname }) {
  const now = Date.now()
  if (changes.length === 0 || now - lastMarkAt > CHANGE_GAP_MS) changes.unshift({ at: now, refreshes: [] })
  lastMarkAt = now
  for (const listener of refreshListeners()) changes[0].refreshes.push(() => fetchThrough(listener, pathname, host))
  startRefreshes()
}
