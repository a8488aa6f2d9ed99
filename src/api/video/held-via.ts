// A video visit that fell back to Tencent Meeting or the phone is recorded with the way actually used,
// on the visit as held (`visit_sessions`), which the record and the archive read. Visits held in person
// (home, school, group) keep their format: there a fallback only carried the remote family member.
// The family's claim carries the format too, so the dashboard counts visits by the way actually held.
import { claimFormatOf } from '../../core/coverage/rules'
import type { Visit } from '../../core/model/visit.schema'
import { claimId } from '../routes/visits/access'
import type { WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { canCheckIn, remoteSessionOf, type VisitSession } from '../../core/visit/hold.rules'
import type { Fallback } from '../../core/video/video.schema'

export function heldViaOps(visit: Visit, session: VisitSession | null, via: Fallback, at: string): WriteOp[] {
  if (!visit.agreed || canCheckIn(visit.agreed.option.format)) return []
  if (session?.heldVia === via) return []
  // The family's claim counts the way used (a follow-up holds none).
  const claim: WriteOp[] = visit.required
    ? [
        {
          kind: 'update',
          coll: 'claims',
          id: claimId(visit.familyId, visit.periodId),
          set: { format: claimFormatOf(visit.agreed.option.format, via) },
        },
      ]
    : []
  if (session) return [writes.update('visit_sessions', session._id, { heldVia: via, updatedAt: at }, session._v), ...claim]
  return [writes.insert('visit_sessions', remoteSessionOf(visit, at, { participants: null, heldVia: via })), ...claim]
}
