// Purges for what the retention table (src/core/retention.rules.ts) says is no longer needed; each call
// is one bounded, indexed read and one batch, so the scheduler can run it in slices.
import type { DocStore } from '../core/ports/doc-store'
import { retentionCutoff } from '../core/retention.rules'

/** Server-side record drafts not saved for 30 days: the visit was recorded another way, or dropped. */
export async function purgeStaleDrafts(store: DocStore, now: Date, limit = 100): Promise<number> {
  const stale = await store.find('record_drafts', { where: { updatedAt: { lt: retentionCutoff('recordDrafts', now) } }, limit })
  if (stale.length) await store.batch(stale.map((d) => ({ kind: 'remove' as const, coll: 'record_drafts' as const, id: d._id })))
  return stale.length
}
