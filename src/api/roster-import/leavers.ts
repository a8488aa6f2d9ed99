// Students a class on file no longer lists, marked left once the import is in: the retention clock
// (src/core/retention.rules.ts) starts there. Outside the import's transaction, in batches, so a new
// school year's roster (a whole grade gone) does not count against the import's bound. Every path
// that commits an import ends in settleRoster: the admin's direct apply, and a staged job's last step
// whoever runs it (the admin's call, the resume route, the scheduler after a crash or timeout). A
// direct apply has no job: a crash just after its batch leaves the marks to the next import of those
// classes (the same file again writes nothing and settles them).
import { BINDING_ENDED, isOnRoll, type Binding, type Student } from '../../core/model/family.schema'
import { pageLink } from '../../core/pages'
import { MAX_PAGE, type DocStore, type WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { toIso } from '../../core/time'
import { refreshFamilies } from '../coverage/refresh'
import { chunks } from '../notify/batches'
import { repos } from '../repos'
import { closeLeftFollowUps } from './leaver-follow-ups'
import { settleStep } from './settle-step'

/**
 * Marks the students not yet marked: a retried step, a second commit or a resume leaves the first
 * `leftAt` where it is (the retention period counts from it). Compare-and-set: a student edited or
 * marked between the read and the mark is read again, so the edit stays and the first mark too.
 */
export async function markLeavers(store: DocStore, studentIds: readonly string[], now: Date): Promise<number> {
  const set = { leftAt: toIso(now) }
  const mark = (s: Student) => writes.update('students', s._id, set, s._v)
  let marked = 0
  for (const chunk of chunks([...studentIds], Math.min(MAX_PAGE, store.maxBatchOps))) {
    // Before the marks: a retry after a crash between the two finds the requests still pending.
    await endPendingBindings(store, chunk, now)
    const plan = async () => (await repos(store).students.getMany(chunk)).filter(isOnRoll).map(mark)
    marked += await settleStep(store, 'marking leavers', plan)
  }
  return marked
}

/** One message per ending: a request asked again later and ended again has another version. */
export const bindingEndedInboxId = (b: Pick<Binding, '_id' | '_v'>) => `inb-${b._id}-ended-${b._v}`

/**
 * A leaver's pending binding requests are refused (no one decided: decidedBy null), so the head
 * teacher is not left with a request nobody may approve, and the applicant is told in their inbox in
 * the same batch: a retried step finds the request no longer pending, so the message goes once.
 * Listed again, the parent may ask again.
 */
async function endPendingBindings(store: DocStore, studentIds: readonly string[], now: Date): Promise<void> {
  const at = toIso(now)
  const set = { status: 'rejected' as const, decidedAt: at, decidedBy: null }
  const page = pageLink('parentHome')
  const ends = (b: Binding): WriteOp[] => [
    writes.update('bindings', b._id, set, b._v),
    writes.insert('inbox', { _id: bindingEndedInboxId(b), userId: b.userId, ...BINDING_ENDED, page, at, read: false }),
  ]
  const per = Math.min(MAX_PAGE, Math.floor(store.maxBatchOps / 2))
  const where = { studentId: { in: [...studentIds] }, status: 'pending' }
  const plan = async () => (await repos(store).bindings.find({ where, limit: per })).flatMap(ends)
  // Page by page until none is left: a request written is no longer pending, so each read is the next page.
  let written: number
  do written = await settleStep(store, "ending a leaver's binding requests", plan)
  while (written === 2 * per)
}

/**
 * After an import's writes are in: its leavers marked, the open follow-ups of families whose children
 * all left closed, then coverage recomputed (such a family is no longer due).
 */
export async function settleRoster(store: DocStore, schoolId: string, leavers: readonly string[], now: Date): Promise<void> {
  await markLeavers(store, leavers, now)
  await closeLeftFollowUps(store, leavers)
  await refreshFamilies(store, schoolId, now)
}
