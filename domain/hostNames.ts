/**
 * A clinic's own domain as a host name: how it is written, whether it is a DNS zone's apex, and which of a
 * clinic's earlier domains still lead to it. Plain functions, for the clinic's fields, the admin and the site.
 */

/** Labels of letters, digits and inner hyphens, dot-separated, ending in a top-level domain of letters (or IDN). */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/

/** Whether `value` is a host name as stored: lower case, no scheme, port, path or trailing dot. */
export const isHostName = (value: string): boolean => HOST_NAME.test(value)

/**
 * A domain as an admin types it, as it is stored: without surrounding whitespace or the trailing dot of a zone
 * file, in lower case, an internationalized name in its ASCII form (`zahnärzte.de` → `xn--zahnrzte-3za.de`);
 * empty means none (null).
 */
export function normalizeHostName(value: string): string | null {
  const trimmed = value.trim().toLowerCase().replace(/\.$/, '')
  if (!trimmed) return null
  // Only a bare name is converted: anything with a scheme, port or path is left for validation to refuse.
  if (/[^\x00-\x7f]/.test(trimmed) && !/[\s/:?#@[\]\\]/.test(trimmed)) {
    try {
      return new URL(`http://${trimmed}`).hostname
    } catch {
      return trimmed
    }
  }
  return trimmed
}

/** The host name inside an address typed where only the host belongs (`https://x.de/home` → `x.de`), if any. */
export function hostNameInAddress(value: string): string | null {
  try {
    const { hostname } = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`)
    return hostname !== value && isHostName(hostname) ? hostname : null
  } catch {
    return null
  }
}

/** Second-level labels under which country registries sell domains (`clinic.co.uk` is a zone's apex). */
const REGISTRY_SECOND_LEVELS = new Set(['ac', 'co', 'com', 'edu', 'gov', 'ltd', 'me', 'net', 'org', 'plc', 'sch'])

/**
 * Whether a domain is most likely the apex of its DNS zone (`berlin-lumen.de`, `clinic.co.uk`) rather than a
 * name below it (`www.berlin-lumen.de`): an apex cannot have a CNAME record. A guess without the public suffix
 * list, good for the usual registries; the admin says what to do in either case.
 */
export function isApexDomain(host: string): boolean {
  const labels = host.split('.')
  if (labels.length === 2) return true
  const [, secondLevel, topLevel] = labels
  return labels.length === 3 && topLevel.length === 2 && REGISTRY_SECOND_LEVELS.has(secondLevel)
}

/** One row of a clinic's `formerDomains`. */
export type FormerDomain = { domain: string }

/**
 * A clinic's former domains after its domain changes from `previous` to `next`: the one it leaves is remembered
 * (most recent first) so its old host can redirect, each domain once, and never the one it has (again) now.
 * Unchanged, the list stays as it is.
 */
export function formerDomainsAfter(
  former: readonly FormerDomain[] | null | undefined,
  previous: string | null | undefined,
  next: string | null | undefined,
): FormerDomain[] {
  const domains = (former ?? []).map((row) => row.domain)
  if (previous && previous !== next) domains.unshift(previous)
  return [...new Set(domains)].filter((domain) => domain && domain !== next).map((domain) => ({ domain }))
}
