import type { IncomingHttpHeaders } from 'node:http'
import type { Payload } from 'payload'

import { hostNameOf, isClinicHost, isPlatformHost } from '../domain/hosts.mjs'

/**
 * Which host names are clinics' domains, for the production server, which marks their requests (below), and for
 * proxy.ts, which asks on every request it sees for a host that is not the platform's: a host no clinic has is
 * answered there, before it can reach a page cached per host (any host name is one DNS record or one `Host` header
 * away, so a cache entry per host would let anyone fill the page cache).
 *
 * The domains are read in one query of the published clinics' domains now and before (their old hosts redirect),
 * at most once per KNOWN_HOSTS_MAX_AGE_MS in each process, and kept as one set: its size follows the clinics, never
 * the hosts asked about. A change revalidates the domains' files (site/revalidate.ts), which forgets the set in
 * that process at once; every other instance reads it again within the second.
 *
 * Kept on globalThis: the server, the proxy and the pages are loaded apart but run in one process, and Payload,
 * started by the pages, hands itself over when it starts (payload.config.ts's onInit).
 */

/** How long a process trusts the domains it read: a domain set on another instance is served here within it. */
export const KNOWN_HOSTS_MAX_AGE_MS = 1_000

type KnownHosts = {
  /** Payload once started in this process; until then no host can be judged. */
  payload?: Payload
  read?: { hosts: Promise<ReadonlySet<string>>; at: number }
}

const knownHosts: KnownHosts = ((globalThis as { [key: symbol]: KnownHosts })[Symbol.for('clinics.knownHosts')] ??= {})

/** The published clinics' domains now and before, as a visitor may read them. */
async function readClinicHosts(payload: Payload): Promise<ReadonlySet<string>> {
  const { docs } = await payload.find({
    collection: 'clinics',
    overrideAccess: false,
    draft: false,
    depth: 0,
    pagination: false,
    where: { or: [{ customDomain: { exists: true } }, { 'formerDomains.domain': { exists: true } }] },
    select: { customDomain: true, formerDomains: true },
  })
  return new Set(
    docs.flatMap((clinic) => [
      ...(clinic.customDomain ? [clinic.customDomain] : []),
      ...(clinic.formerDomains ?? []).map((row) => row.domain),
    ]),
  )
}

/** Lets the proxy judge hosts, through the Payload that has started in this process. */
export function knowClinicHostsThrough(payload: Payload) {
  knownHosts.payload = payload
}

/** Reads the domains again on the next question: a change may have given, moved or taken one. */
export function forgetClinicHosts() {
  knownHosts.read = undefined
}

/**
 * Whether `host` is a clinic's domain now or before; undefined while that cannot be told (Payload not started in
 * this process yet, or the database not answering), when the host is let through as a clinic's: its pages then
 * need the same Payload and database, and are never rendered and cached without them.
 */
export async function isKnownClinicHost(host: string): Promise<boolean | undefined> {
  const { payload, read } = knownHosts
  if (!payload) return undefined
  if (!read || Date.now() - read.at > KNOWN_HOSTS_MAX_AGE_MS) {
    // One read at a time, however many requests ask meanwhile; a failed one is kept as long as a good one.
    knownHosts.read = { hosts: readClinicHosts(payload), at: Date.now() }
  }
  return knownHosts.read!.hosts.then(
    (hosts) => hosts.has(host),
    () => undefined,
  )
}

/**
 * The request header the production server (bootstrap/server.ts) gives a request for a host known to be a site's:
 * the platform's, or a published clinic's domain now or before. proxy.ts's matcher lets such a request's locale
 * pages and root files skip the proxy, which would only let them through, yet costs a third of a cached page's
 * speed. The matcher spells the name out (Next reads it literally); tests/routing.test.ts keeps the two in step.
 */
export const KNOWN_SITE_HEADER = 'x-known-site'

/** Marks a request (Node's incoming headers) as a known site's by its Host, after removing any mark a client sent. */
export async function markKnownSiteRequest(headers: IncomingHttpHeaders) {
  delete headers[KNOWN_SITE_HEADER]
  const host = hostNameOf(headers.host)
  if (isPlatformHost(host) || (isClinicHost(host) && (await isKnownClinicHost(host)) === true)) {
    headers[KNOWN_SITE_HEADER] = '1'
  }
}
