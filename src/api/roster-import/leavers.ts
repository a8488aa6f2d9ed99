// Students a class on file no longer lists, marked left once the import is in: the retention clock
// (src/core/retention.rules.ts) starts there. Outside the import's transaction, in batches, so a new
// school year's roster (a whole grade gone) does not count against the import's bound. Every path
// that commits an import ends in settleRoster: the admin's direct apply, and a staged job's last step
// whoever runs it (the admin's call, the resume route, the scheduler after a crash or timeout). A
// direct apply has no job: a crash just after its batch leaves the marks to the next import of those
// classes (the same file again writes nothing and settles them).
import { MAX_PAGE, type DocStore } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { toIso } from '../../core/time'
import { refreshFamilies } from '../coverage/refresh'

/**
 * Marks the students not yet marked: a retried step, a second commit or a resume leaves the first
 * `leftAt` where it is (the retention period counts from it).
 */
export async function markLeavers(store: DocStore, studentIds: readonly string[], now: Date): Promise<number> {
  const set = { leftAt: toIso(now) }
  const per = Math.min(MAX_PAGE, store.maxBatchOps)
  let marked = 0
  for (let i = 0; i < studentIds.length; i += per) {
    const chunk = studentIds.slice(i, i + per)
    const still = (await store.getMany('students', chunk)).filter((s) => !s.leftAt)
    // Before the marks: a retry after a crash between the two finds the requests still pending.
    await endPendingBindings(store, chunk, now)
    if (!still.length) continue
    const done = await store.batch(still.map((s) => ({ kind: 'update' as const, coll: 'students' as const, id: s._id, set })))
    if (!done.ok) throw new Error(`marking leavers: batch failed (${done.reason})`)
    marked += still.length
  }
  return marked
}

/**
 * A leaver's pending binding requests are refused (no one decided: decidedBy null), so the head
 * teacher is not left with a request nobody may approve. Listed again, the parent may ask again.
 */
async function endPendingBindings(store: DocStore, studentIds: readonly string[], now: Date): Promise<void> {
  const pending = await store.find('bindings', { where: { studentId: { in: [...studentIds] }, status: 'pending' }, limit: MAX_PAGE })
  if (!pending.length) return
  const set = { status: 'rejected' as const, decidedAt: toIso(now), decidedBy: null }
  const done = await store.batch(pending.map((b) => writes.update('bindings', b._id, set, b._v)))
  if (!done.ok) throw new Error(`ending a leaver's binding requests: batch failed (${done.reason})`)
}

/** After an import's writes are in: its leavers marked, then coverage recomputed (a family whose children all left is no longer due). */
export async function settleRoster(store: DocStore, schoolId: string, leavers: readonly string[], now: Date): Promise<void> {
  await markLeavers(store, leavers, now)
  await refreshFamilies(store, schoolId, now)
}
