import type { TypedRepo } from '../core/ports/typed-repo'

type Counted = { _id: string; _v: number; n: number; updatedAt: string }

/**
 * Add `delta` to a counter document's `n`, creating it with `fields` on first use. Compare-and-set
 * with retries, so concurrent increments are never lost.
 */
export async function bumpCounter<T extends Counted>(
  repo: TypedRepo<T>,
  id: string,
  fields: Omit<T, keyof Counted>,
  now: Date,
  delta = 1,
): Promise<number> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const doc = await repo.get(id)
    if (!doc) {
      // A generic spread is not known to TypeScript to rebuild T; the fields are T minus Counted.
      const created = { _id: id, ...fields, n: delta, updatedAt: now.toISOString() } as unknown as Parameters<TypedRepo<T>['insert']>[0]
      if ((await repo.insert(created)) === 'ok') return delta
      continue
    }
    const n = doc.n + delta
    if (await repo.update(id, { n, updatedAt: now.toISOString() } as Parameters<TypedRepo<T>['update']>[1], doc._v)) return n
  }
  throw new Error(`counter contention on ${id.split(':')[0]}`)
}
