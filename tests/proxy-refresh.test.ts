/**
 * After an edit, the caching proxies in front of the instances fetch the change's pages afresh (site/proxyRefresh.mjs)
 * once the pages are stale, so the edit is live through them at once. The whole path through nginx is in
 * tests/cluster.test.ts; here, the order and addresses of the refresh marks, and the requests a proxy receives.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'

import { locales } from '../i18n/locales'
import { absoluteUrl, pagePath, routePath, sitePages } from '../site/pages'
import { CONCURRENT_REFRESHES, refreshedPage, refreshMark, refreshThroughProxies } from '../site/proxyRefresh.mjs'
import { revalidationPaths } from '../site/revalidate'

const markFor = (url: string) => refreshMark(new URL(url))
const isRefreshMark = (path: string) => path.startsWith('/_proxy-refresh/')

describe('the paths a change revalidates', () => {
  it('marks every page stale before asking the proxies for any, at its public address', () => {
    const comparison = sitePages.comparison('berlin-mitte')
    const paths = revalidationPaths([sitePages.clinic('berlin-mitte'), comparison])
    const firstMark = paths.findIndex((path) => path.startsWith('/_proxy-refresh/'))
    for (const locale of locales) {
      expect(paths.indexOf(routePath(locale, comparison))).toBeLessThan(firstMark)
      expect(paths).toContain(markFor(absoluteUrl(pagePath(locale, comparison))))
    }
    // The German address is the one visitors use, with the host they use.
    expect(paths).toContain(
      `/_proxy-refresh/${new URL(absoluteUrl('/')).host}/de/kliniken/berlin-mitte/botox-oder-filler`,
    )
  })

  it('refreshes comparison pages first, the change’s language first, at most 6, and no lists', () => {
    const slugs = ['a', 'b', 'c', 'd', 'e'].map((letter) => `clinic-${letter}`)
    const comparisons = slugs.map((slug) => sitePages.comparison(slug))
    const paths = revalidationPaths([
      sitePages.home,
      ...slugs.map((slug) => sitePages.clinic(slug)),
      sitePages.treatment('botulinum-toxin'),
      ...comparisons,
    ])
    const refreshed = paths.filter(isRefreshMark)
    // The English comparison pages, then the first English clinic page: the home page, a list, not at all.
    expect(refreshed).toEqual(
      [...comparisons, sitePages.clinic('clinic-a')].map((page) => markFor(absoluteUrl(pagePath('en', page)))),
    )
    // A change made in Spanish: its Spanish comparison and clinic pages, then the other languages' comparison pages.
    const inSpanish = revalidationPaths([sitePages.clinic('clinic-a'), comparisons[0]], { locale: 'es' }).filter(
      isRefreshMark,
    )
    expect(inSpanish.slice(0, 3)).toEqual([
      markFor(absoluteUrl(pagePath('es', comparisons[0]))),
      markFor(absoluteUrl(pagePath('es', sitePages.clinic('clinic-a')))),
      markFor(absoluteUrl(pagePath('en', comparisons[0]))),
    ])
  })

  it('refreshes only the change’s language when it shows there alone, yet revalidates every language', () => {
    const pages = [sitePages.clinic('clinic-a'), sitePages.comparison('clinic-a')]
    const paths = revalidationPaths(pages, { locale: 'fr', only: true })
    expect(paths.filter(isRefreshMark)).toEqual(
      pages.reverse().map((page) => markFor(absoluteUrl(pagePath('fr', page)))),
    )
    for (const locale of locales) expect(paths).toContain(routePath(locale, pages[0]))
  })
})

describe('a refresh mark', () => {
  it('names the address to refresh once it reaches the page cache as Next’s tag, and nothing else does', () => {
    const mark = markFor('http://clinics.example:8080/de/kliniken/berlin-mitte')
    expect(refreshedPage(`_N_T_${mark}`)).toEqual({
      host: 'clinics.example:8080',
      pathname: '/de/kliniken/berlin-mitte',
    })
    expect(refreshedPage('_N_T_/de/clinics/berlin-mitte')).toBeUndefined()
    expect(refreshedPage('_N_T_/_proxy-refresh/no-path')).toBeUndefined()
    // Nothing that names another server or breaks the request's headers.
    expect(refreshedPage('_N_T_/_proxy-refresh/clinics.example//evil.example/x')).toBeUndefined()
    expect(refreshedPage('_N_T_/_proxy-refresh/clinics.example\r\nX-Evil: 1/en')).toBeUndefined()
    expect(refreshedPage('_N_T_/_proxy-refresh/evil.example@clinics.example/en')).toBeUndefined()
  })
})

describe('refreshing through the proxies', () => {
  const listeners: http.Server[] = []
  afterEach(async () => {
    delete process.env.PAGE_CACHE_REFRESH_URLS
    await Promise.all(listeners.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
  })

  /** A stand-in for a proxy's refresh listener, recording what it is asked for; `hold` keeps its answers back. */
  async function listener({ hold = false } = {}) {
    const requests: { method?: string; url?: string; host?: string }[] = []
    const held: http.ServerResponse[] = []
    const server = http.createServer((request, response) => {
      requests.push({ method: request.method, url: request.url, host: request.headers.host })
      if (hold) held.push(response)
      else response.end('page')
    })
    listeners.push(server)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const answerOne = () => held.shift()?.end('page')
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, answerOne }
  }

  it('asks every proxy for the page with the Host visitors use', async () => {
    const [first, second] = [await listener(), await listener()]
    process.env.PAGE_CACHE_REFRESH_URLS = `${first.url}, ${second.url}`
    refreshThroughProxies({ host: 'clinics.example', pathname: '/fr/cliniques/paris-opera' })
    await expect.poll(() => first.requests.length + second.requests.length).toBe(2)
    for (const { requests } of [first, second]) {
      expect(requests).toEqual([{ method: 'GET', url: '/fr/cliniques/paris-opera', host: 'clinics.example' }])
    }
  })

  it('asks nothing without refresh listeners, and survives a proxy that is away', async () => {
    const up = await listener()
    refreshThroughProxies({ host: 'clinics.example', pathname: '/en' })
    process.env.PAGE_CACHE_REFRESH_URLS = `http://127.0.0.1:1,${up.url}`
    refreshThroughProxies({ host: 'clinics.example', pathname: '/en/articles' })
    await expect.poll(() => up.requests.map((request) => request.url)).toEqual(['/en/articles'])
  })

  it('refreshes a new change’s pages before the rest of an older change’s', async () => {
    const proxy = await listener({ hold: true })
    process.env.PAGE_CACHE_REFRESH_URLS = proxy.url
    for (let n = 0; n < CONCURRENT_REFRESHES + 3; n += 1) {
      refreshThroughProxies({ host: 'clinics.example', pathname: `/en/older-${n}` })
    }
    await expect.poll(() => proxy.requests.length).toBe(CONCURRENT_REFRESHES)
    await new Promise((resolve) => setTimeout(resolve, 150))
    refreshThroughProxies({ host: 'clinics.example', pathname: '/en/newer' })
    proxy.answerOne()
    await expect.poll(() => proxy.requests.length).toBe(CONCURRENT_REFRESHES + 1)
    expect(proxy.requests[CONCURRENT_REFRESHES].url).toBe('/en/newer')
    for (let answered = 0; answered < CONCURRENT_REFRESHES + 3; answered += 1) proxy.answerOne()
  })
})
