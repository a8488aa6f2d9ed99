// Shared by the hold routes: the visit as its teacher sees it, and the session as the app shows it.
import type { SessionView } from '../../../core/contract/visits-hold.contract'
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { err, type Result } from '../../../core/result'
import { HOLD_MESSAGES, type Participants, type VisitSession } from '../../../core/visit/hold.rules'
import { repos } from '../../repos'
import type { Caller } from '../../types'
import { familyGuardians } from './family'

/** The visit, if the caller is its teacher (co-visitors and everyone else: null, i.e. "not found"). */
export async function ownVisit(store: DocStore, caller: Caller, visitId: string): Promise<Visit | null> {
  const staff = caller.staff
  if (!staff) return null
  const visit = await repos(store).visits.get(visitId)
  return visit && visit.teacherId === staff._id ? visit : null
}

export const sessionView = (s: VisitSession): SessionView => ({
  visitId: s.visitId,
  checkInAt: s.checkInAt,
  checkOutAt: s.checkOutAt,
  expectedEndAt: s.expectedEndAt,
  safetyContactName: s.safetyContact?.name ?? null,
  participants: s.participants,
})

/** Guardians registered for the family, staff among the visitor and co-visitors; each listed once. */
export async function checkParticipants(store: DocStore, visit: Visit, p: Participants): Promise<Result<Participants>> {
  const guardians = new Set((await familyGuardians(store, visit.familyId)).map((g) => g.id))
  const staff = new Set([visit.teacherId, ...visit.coVisitors.map((c) => c.staffId)])
  const guardianIds = p.guardians.map((g) => g.guardianId)
  if (new Set(guardianIds).size !== guardianIds.length || guardianIds.some((g) => !guardians.has(g)))
    return err('HOLD.BAD_PARTICIPANT', HOLD_MESSAGES.guardianUnknown)
  if (new Set(p.staffIds).size !== p.staffIds.length || p.staffIds.some((s) => !staff.has(s)))
    return err('HOLD.BAD_PARTICIPANT', HOLD_MESSAGES.staffUnknown)
  return { ok: true, data: p }
}

export const sameParticipants = (a: Participants | null, b: Participants) => JSON.stringify(a) === JSON.stringify(b)
