import { NextRequest } from 'next/server'

import proxy from '../../proxy'

/**
 * What proxy.ts does with a request for `address` on `host`: the path it rewrites to, `next` when it lets the
 * request through, or the status it answers with. Tests that import it mock next-intl's middleware, which does not
 * load outside Next.
 */
export async function proxyAnswer(host: string, address: string, headers: Record<string, string> = {}) {
  const response = await proxy(new NextRequest(`http://${host}${address}`, { headers: { ...headers, host } }))
  const rewrite = response.headers.get('x-middleware-rewrite')
  if (rewrite) return new URL(rewrite).pathname
  return response.headers.get('x-middleware-next') ? 'next' : response.status
}
