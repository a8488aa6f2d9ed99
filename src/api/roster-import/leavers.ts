// Students a class on file no longer lists, marked left once the import is in: the retention clock
// (src/core/retention.rules.ts) starts there. Outside the import's transaction, in batches, so a new
// school year's roster (a whole grade gone) does not count against the import's bound; marking is
// idempotent, and a crash between leaves the marks to the next import of those classes.
import type { DocStore } from '../../core/ports/doc-store'
import { toIso } from '../../core/time'

export async function markLeavers(store: DocStore, studentIds: readonly string[], now: Date): Promise<void> {
  const set = { leftAt: toIso(now) }
  for (let i = 0; i < studentIds.length; i += store.maxBatchOps) {
    const ids = studentIds.slice(i, i + store.maxBatchOps)
    await store.batch(ids.map((id) => ({ kind: 'update' as const, coll: 'students' as const, id, set })))
  }
}
