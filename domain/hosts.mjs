/**
 * Which host names are the platform itself and which may be a clinic's own domain. Plain JavaScript because
 * next.config.mjs turns the platform's names into the host conditions of its rewrites, at build time like the
 * rest of NEXT_PUBLIC_SERVER_URL.
 */

/** The platform's public address (NEXT_PUBLIC_SERVER_URL), for canonical links, hreflang, the sitemap and JSON-LD. */
export const platformUrl = () =>
  (process.env.NEXT_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '')

/** The platform's own host name. */
export const platformHostName = () => new URL(platformUrl()).hostname

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A regular expression source matching every host name of the platform: its own, `localhost`, and any IP address
 * (a clinic's domain is never one), as one group: Next matches a rewrite's host condition against the Host header
 * without its port (`[::1]:3000` becomes `[`) as `^…$`, which must hold for every alternative.
 */
export const platformHostPattern = () =>
  `(?:${[escape(platformHostName()), 'localhost', '\\d{1,3}(?:\\.\\d{1,3}){3}', '\\[.*'].join('|')})`

/** Whether a host name (no port, lower case) is the platform's rather than a clinic's domain. */
export const isPlatformHost = (hostName) => new RegExp(`^${platformHostPattern()}$`).test(hostName)

/** A Host header's host name as next.config.mjs's host conditions see it: without the port, in lower case. */
export const hostNameOf = (hostHeader) => (hostHeader ?? '').split(':', 1)[0].toLowerCase()

/** A host name as a clinic's domain can be one (letters, digits, dots and hyphens): never `..`, a slash or a port. */
export const HOST_NAME_PATTERN = '[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?'

/** Whether a request's host name (hostNameOf) is for a clinic's own domain rather than the platform. */
export const isClinicHost = (hostName) =>
  !isPlatformHost(hostName) && new RegExp(`^${HOST_NAME_PATTERN}$`).test(hostName)
