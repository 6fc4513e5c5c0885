/** Which address a request counts against (rate limits, sign-in limits) and which host it was sent to. */
import { afterEach, describe, expect, it, vi } from 'vitest'

import { clientAddress, requestHost } from '../../http/requestOrigin'

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { 'x-forwarded-for': value })

/** Expects each X-Forwarded-For value (undefined: none) to count against its address behind `hops` trusted proxies. */
const expectAddresses = (hops: number, cases: [value: string | undefined, address: string][]) => {
  for (const [value, address] of cases) expect(clientAddress(forwardedFor(value), hops), value).toBe(address)
}

afterEach(() => vi.unstubAllEnvs())

describe('clientAddress with no trusted proxy (TRUSTED_PROXY_HOPS=0)', () => {
  it('takes the first X-Forwarded-For entry: the one Next writes from the connection', () => {
    expectAddresses(0, [
      ['203.0.113.7', '203.0.113.7'],
      [' 203.0.113.7 , 10.0.0.1', '203.0.113.7'],
      ['2001:db8::1, 10.0.0.1', '2001:db8::1'],
    ])
  })

  it('is unknown without the header', () => {
    expectAddresses(0, [
      [undefined, 'unknown'],
      ['', 'unknown'],
    ])
  })

  it('reads TRUSTED_PROXY_HOPS when not told', () => {
    const headers = forwardedFor('198.51.100.1, 203.0.113.7')
    vi.stubEnv('TRUSTED_PROXY_HOPS', undefined)
    expect(clientAddress(headers)).toBe('198.51.100.1')
    vi.stubEnv('TRUSTED_PROXY_HOPS', '1')
    expect(clientAddress(headers)).toBe('203.0.113.7')
  })
})

describe('clientAddress behind trusted proxies', () => {
  it('with one proxy, takes the entry it appended and ignores what the client wrote before it', () => {
    expectAddresses(1, [
      ['203.0.113.7', '203.0.113.7'],
      ['1.1.1.1, 8.8.8.8, 203.0.113.7', '203.0.113.7'],
    ])
  })

  it('with two proxies, takes the entry the outer one appended, not the inner proxy’s own address', () => {
    expectAddresses(2, [
      ['203.0.113.7, 10.0.0.5', '203.0.113.7'],
      ['1.1.1.1, 203.0.113.7, 10.0.0.5', '203.0.113.7'],
    ])
  })

  it('is unknown when the proxies appended fewer entries than they should have', () => {
    expectAddresses(1, [[undefined, 'unknown']])
    expectAddresses(2, [['10.0.0.5', 'unknown']])
  })

  it('gives a client that forges entries the same address on every request', () => {
    const addresses = ['1.1.1.1', '2.2.2.2', '3.3.3.3'].map((spoofed) =>
      clientAddress(forwardedFor(`${spoofed}, 203.0.113.7`), 1),
    )
    expect(new Set(addresses)).toEqual(new Set(['203.0.113.7']))
  })
})

describe('clientAddress and values that are not addresses', () => {
  it('calls anything but a bare IP address unknown, so nobody writes their own rate-limit key', () => {
    for (const value of ['hello', 'unknown', '203.0.113.7:5678', '203.0.113.999', 'localhost', 'x'.repeat(5000)]) {
      expect(clientAddress(forwardedFor(value), 0)).toBe('unknown')
      expect(clientAddress(forwardedFor(`1.1.1.1, ${value}`), 1)).toBe('unknown')
    }
  })
})

describe('requestHost', () => {
  it('is the Host header’s name in lower case, without the port', () => {
    expect(requestHost(new Headers({ host: 'Berlin-Mitte.Example:3000' }))).toBe('berlin-mitte.example')
    expect(requestHost(new Headers({ host: 'clinics.example' }))).toBe('clinics.example')
  })

  it('is empty without a Host header', () => {
    expect(requestHost(new Headers())).toBe('')
  })
})
