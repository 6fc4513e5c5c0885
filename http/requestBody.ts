/**
 * What a client may send before any handler reads it: a body of bounded size, read only up to that size, and
 * JSON of bounded depth whose text PostgreSQL can store. Used by every route that takes a body (Payload's REST
 * and GraphQL routes, the lead intake) and by the lead schema, so oversized, malformed or unstorable input is a
 * 4xx, never a 5xx.
 */

import { isStorableText } from '../domain/storableText'

/** Deeper than any document or query this app takes; recursive validators overflow the stack long after. */
export const MAX_JSON_DEPTH = 64

/**
 * The body's bytes, or undefined when it is larger than `maxBytes`. A declared Content-Length over the limit
 * is refused without reading; otherwise the stream is read only until it passes the limit, then cancelled.
 */
export async function readBody(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(request.headers.get('content-length')) > maxBytes) return undefined
  if (!request.body) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return undefined
    }
    chunks.push(value)
  }
}

/**
 * JSON text parsed, with the path of its first key or string PostgreSQL cannot store; undefined if the text is
 * not JSON or nests deeper than `maxDepth`. The walk is iterative, so no input can overflow the stack here, and
 * a value it accepts is shallow enough for any recursive validator after it.
 */
export function parseJson(
  text: string,
  maxDepth = MAX_JSON_DEPTH,
): { value: unknown; unstorableAt?: string[] } | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  // Only objects and arrays are queued; strings are checked where they are met. Paths are built on demand.
  type Node = { value: object; key?: string | number; parent?: Node; depth: number }
  const pathOf = (node: Node, key?: string | number): string[] => [
    ...(node.parent ? pathOf(node.parent, node.key) : []),
    ...(key === undefined ? [] : [String(key)]),
  ]
  let unstorableAt: string[] | undefined
  const visit = (item: unknown, key: string | number | undefined, parent: Node | undefined) => {
    if (typeof item === 'string') {
      if (!unstorableAt && !isStorableText(item)) unstorableAt = parent ? pathOf(parent, key) : []
    } else if (typeof item === 'object' && item !== null) {
      pending.push({ value: item, key, parent, depth: parent ? parent.depth + 1 : 0 })
    }
  }
  const pending: Node[] = []
  visit(value, undefined, undefined)
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.depth >= maxDepth) return undefined
    if (Array.isArray(node.value)) {
      for (let index = 0; index < node.value.length; index += 1) visit(node.value[index], index, node)
    } else {
      for (const key in node.value) {
        if (!unstorableAt && !isStorableText(key)) unstorableAt = pathOf(node, key)
        visit((node.value as Record<string, unknown>)[key], key, node)
      }
    }
  }
  return { value, unstorableAt }
}
