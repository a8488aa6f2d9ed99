// Helpers for background work that writes many documents: one batch in the usual case, one by one
// only when a concurrent run got there first.
import type { CollectionName } from '../../core/collections'
import { MAX_PAGE, type DocStore } from '../../core/ports/doc-store'
import { writes, type NewDocOf } from '../../core/ports/writes'

export const uniq = <T>(xs: T[]): T[] => [...new Set(xs)]

export function chunks<T>(xs: T[], size = MAX_PAGE): T[][] {
  const out: T[][] = []
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size))
  return out
}

/**
 * Insert documents whose ids say what they are, skipping those already there; answers how many were
 * new. A duplicate undoes the whole batch, so then each is inserted alone and duplicates are ignored.
 */
export async function insertAll<C extends CollectionName>(store: DocStore, coll: C, docs: Array<NewDocOf<C>>): Promise<number> {
  if (docs.length === 0) return 0
  if ((await store.batch(docs.map((d) => writes.insert(coll, d)))).ok) return docs.length
  let n = 0
  for (const d of docs) if ((await store.insert(coll, d as { _id: string })) === 'ok') n++
  return n
}

/** Run `fn` over `items`, at most `limit` at a time (pushes wait on WeChat's API, not on us). */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}
