// A co-visitor's agenda entry (`co_visits`) follows the visit's agreed start, and goes when it is cancelled.
import { coVisitId } from '../../../core/model/join.schema'
import type { Visit } from '../../../core/model/visit.schema'
import type { WriteOp } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'

export function coVisitOps(before: Visit, after: Visit): WriteOp[] {
  return after.coVisitors.flatMap(({ staffId }): WriteOp[] => {
    const id = coVisitId(after._id, staffId)
    if (after.status === 'cancelled') return [writes.remove('co_visits', id)]
    return after.startAt === before.startAt ? [] : [writes.update('co_visits', id, { startAt: after.startAt })]
  })
}
