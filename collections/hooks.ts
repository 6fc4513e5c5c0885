import type { CollectionConfig } from 'payload'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * A collection's hooks from several sets (its revalidation set from site/revalidate.ts, its own), each kind of hook
 * in the order the sets are given: the one way a collection combines hooks it did not write itself.
 */
export function collectionHooks(...sets: Hooks[]): Hooks {
  const combined: Record<string, unknown[]> = {}
  for (const set of sets) {
    for (const [kind, hooks] of Object.entries(set))
      combined[kind] = [...(combined[kind] ?? []), ...(hooks as unknown[])]
  }
  return combined as Hooks
}
