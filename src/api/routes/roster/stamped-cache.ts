// Answers kept while nothing they are read from has been written: the same rule as the caller cache
// (src/api/caller.ts). The engine's write stamp covers its own writes and commits by any other
// connection to the file, so a kept answer is exactly what a fresh read would give. Engines without
// a stamp (the cloud) read every time.
import type { CollectionName } from '../../../core/collections'
import type { DocStore } from '../../../core/ports/doc-store'
import { cacheKeyOf } from '../../replay-local'

type Kept<T> = { stamp: string; at: number; value: T }

export type StampedCache<T> = {
  /** `read` runs unless an answer for `key` was kept since the last write to `sources`. */
  get(store: DocStore, key: string, read: () => Promise<T>): Promise<T>
}

export function stampedCache<T>(sources: readonly CollectionName[], opts: { ttlMs: number; max: number }): StampedCache<T> {
  const kept = new WeakMap<DocStore, Map<string, Kept<T>>>()
  return {
    async get(store, key, read) {
      // Taken before reading: a write that lands while we read changes it, and what we read is not kept.
      const stamp = store.writeStamp?.(sources)
      if (!stamp) return read()
      // One store, whichever request's view of it (a write request's ClaimingStore) asks.
      const base = cacheKeyOf(store)
      let entries = kept.get(base)
      if (!entries) kept.set(base, (entries = new Map()))
      const hit = entries.get(key)
      if (hit && hit.stamp === stamp && Date.now() - hit.at < opts.ttlMs) return hit.value
      const value = await read()
      if (entries.size >= opts.max) entries.delete(entries.keys().next().value!)
      entries.set(key, { stamp, at: Date.now(), value })
      return value
    },
  }
}
