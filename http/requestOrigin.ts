import { isIP } from 'node:net'

import { hostNameOf } from '../domain/hosts.mjs'

/** How many proxies in front of the app append to X-Forwarded-For (documented in README and .env.example). */
const trustedProxies = () => Number(process.env.TRUSTED_PROXY_HOPS ?? 0)

/**
 * The visitor's address. Behind trusted proxies (TRUSTED_PROXY_HOPS), the entry they appended to
 * X-Forwarded-For; otherwise the one Next records for the connection. Anything but an IP address is 'unknown':
 * the header is the client's to write, and a rate-limit key must stay short enough for its index.
 */
export function clientAddress(headers: Headers, trustedProxyHops = trustedProxies()): string {
  const forwarded = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim())
  const address = trustedProxyHops > 0 ? forwarded[forwarded.length - trustedProxyHops] : forwarded[0]
  return address && isIP(address) ? address : 'unknown'
}

/** The host name a request was sent to (its Host header): the visitor's browser sends the one it is on. */
export const requestHost = (headers: Headers): string => hostNameOf(headers.get('host'))
