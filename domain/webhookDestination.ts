import type { LookupAddress } from 'node:dns'
import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

/**
 * Addresses a webhook must never reach: this host, private and shared networks, link-local (with the cloud
 * metadata services 169.254.169.254 and fd00:ec2::254), documentation, multicast and reserved ranges.
 * IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) match the IPv4 rules.
 */
const notPublic = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 96], // unspecified, loopback and the old IPv4-compatible form
  ['::ffff:0:0', 96], // IPv4-mapped
  ['64:ff9b::', 96], // NAT64, which embeds an IPv4 address
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001::', 23], // IETF special purpose, Teredo among them
  ['2001:db8::', 32],
  ['2002::', 16], // 6to4, which embeds an IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  notPublic.addSubnet(network, prefix, 'ipv6')
}

export const isPublicAddress = (address: string): boolean => {
  const family = isIP(address)
  return family !== 0 && !notPublic.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

/** A webhook address that leads into a private network, at `address` once resolved. */
export class PrivateDestinationError extends Error {
  constructor(readonly address: string) {
    super(`This address leads into a private network (${address}); use your CRM's public address.`)
  }
}

/**
 * Test-only: CRM_WEBHOOK_ALLOW_PRIVATE=true lets webhooks reach private addresses, for a test CRM on this
 * machine (tests/lead-webhook.test.ts). Production ignores it.
 */
const allowsPrivate = () => process.env.CRM_WEBHOOK_ALLOW_PRIVATE === 'true' && process.env.NODE_ENV !== 'production'

/**
 * Every address the URL's host resolves to (or its IP literal), each checked to be public. Connect to these,
 * not to the name again: a name can change its address between a check and a connection (DNS rebinding).
 * Throws PrivateDestinationError when any address is not public, and the lookup's error when the name does not
 * resolve.
 */
export async function webhookAddresses(url: URL): Promise<LookupAddress[]> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true })
  const blocked = allowsPrivate() ? undefined : addresses.find(({ address }) => !isPublicAddress(address))
  if (blocked) {
    throw new PrivateDestinationError(blocked.address)
  }
  return addresses
}
