import type { CollectionName } from '../core/collections'
import type { DocStore } from '../core/ports/doc-store'

/**
 * Add `delta` to a counter document's `n`, creating it on first use. Compare-and-set with retries,
 * so concurrent increments are never lost.
 */
export async function bumpCounter(
  store: DocStore,
  coll: CollectionName,
  id: string,
  fields: Record<string, unknown>,
  now: Date,
  delta = 1,
): Promise<number> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const doc = await store.get(coll, id)
    if (!doc) {
      if ((await store.insert(coll, { _id: id, ...fields, n: delta, updatedAt: now.toISOString() })) === 'ok') return delta
      continue
    }
    const n = Number(doc.n) + delta
    if (await store.update(coll, id, { n, updatedAt: now.toISOString() }, doc._v)) return n
  }
  throw new Error(`counter contention on ${coll}`)
}
