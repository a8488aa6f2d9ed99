// A video visit that fell back to Tencent Meeting or the phone is recorded with the way actually used,
// on the visit as held (`visit_sessions`), which the record and the archive read. Visits held in person
// (home, school, group) keep their format: there a fallback only carried the remote family member.
import type { Visit } from '../../core/model/visit.schema'
import type { WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { canCheckIn, remoteSessionOf, type VisitSession } from '../../core/visit/hold.rules'
import type { Fallback } from '../../core/video/video.schema'

export function heldViaOps(visit: Visit, session: VisitSession | null, via: Fallback, at: string): WriteOp[] {
  if (!visit.agreed || canCheckIn(visit.agreed.option.format)) return []
  if (session)
    return session.heldVia === via ? [] : [writes.update('visit_sessions', session._id, { heldVia: via, updatedAt: at }, session._v)]
  return [writes.insert('visit_sessions', remoteSessionOf(visit, at, { participants: null, heldVia: via }))]
}
