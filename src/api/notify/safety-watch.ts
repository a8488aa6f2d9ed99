// The safety job: a check-in with a colleague named and no check-out 30 minutes after the agreed end
// tells that colleague (and the school contact) once. The alert and the session's "alerted" mark are
// one batch with a compare-and-set, so two runs at once alert once.
import type { DocStore } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { OVERDUE_MINUTES, VisitSessionSchema } from '../../core/visit/hold.rules'
import { typedRepo } from '../../core/ports/typed-repo'
import { repos } from '../repos'
import { safetyOps } from './safety'

/** One slice: returns how many sessions it looked at and how many alerts went out. */
export async function alertOverdueSlice(store: DocStore, now: Date, size: number): Promise<{ looked: number; alerted: number }> {
  const before = new Date(now.getTime() - OVERDUE_MINUTES * 60_000).toISOString()
  const due = await typedRepo(store, 'visit_sessions', VisitSessionSchema).find({
    where: { watching: true, expectedEndAt: { lt: before } },
    orderBy: [['expectedEndAt', 'asc']],
    limit: size,
  })
  let alerted = 0
  for (const s of due) {
    const at = now.toISOString()
    const done = writes.update('visit_sessions', s._id, { watching: false, alertedAt: at, updatedAt: at }, s._v)
    const visit = await repos(store).visits.get(s.visitId)
    // A visit cancelled since its check-in is not overdue: stop watching it.
    if (!visit || visit.status === 'cancelled') {
      await store.batch([done])
      continue
    }
    const { ops } = await safetyOps(store, 'overdue', visit, s, 'late', at)
    const result = await store.batch([done, ...ops])
    if (result.ok && ops.length) alerted++
  }
  return { looked: due.length, alerted }
}
