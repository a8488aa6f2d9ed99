// One visit as the caller sees it, with the reads that depend on the side: a guardian sees only the
// children they are bound to (a sibling in another class is not theirs to see unless bound too); the
// teacher side also gets the family (guardians, who is on WeChat).
import type { VisitView } from '../../../core/contract/visits.contract'
import type { Side, Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { repos } from '../../repos'
import type { Caller } from '../../types'
import type { Bound } from '../../notify/audience'
import { familyForTeacher } from './family'
import { toView } from './view'

/** `bound`: the approved bindings to the visit's children, when the action has read them already. */
export async function viewOf(store: DocStore, caller: Caller, visit: Visit, side: Side, now: Date, bound?: Bound): Promise<VisitView> {
  const r = repos(store)
  const coVisitor = side === 'teacher' && caller.staff?._id !== visit.teacherId
  // Colleagues waiting for the visit's teacher to let them join.
  const pending =
    side === 'teacher' && !coVisitor ? r.join_requests.find({ where: { visitId: visit._id, state: 'pending' }, limit: 20 }) : []
  const [students, own, requests] = await Promise.all([
    r.students.getMany(visit.studentIds),
    side === 'parent' ? ownChildren(store, caller, visit, bound) : null,
    pending,
  ])
  const shown = own ? students.filter((s) => own.has(s._id)) : students
  const family = side === 'teacher' ? await familyForTeacher(store, caller, visit, students, bound) : null
  const joinRequests = requests.map((j) => ({ requestId: j._id, staffName: j.staffName }))
  return toView(
    visit,
    side,
    now,
    shown.map((s) => s.name),
    family,
    { coVisitor, joinRequests },
  )
}

/** Which of the visit's children this guardian is bound to. */
async function ownChildren(store: DocStore, caller: Caller, visit: Visit, bound?: Bound): Promise<Set<string>> {
  if (!bound) return boundChildren(store, caller)
  return new Set((await bound(visit.studentIds)).filter((b) => b.userId === caller.user._id).map((b) => b.studentId))
}

/** The children this guardian has an approved binding to. */
export async function boundChildren(store: DocStore, caller: Caller): Promise<Set<string>> {
  const bindings = await repos(store).bindings.find({ where: { userId: caller.user._id, status: 'approved' }, limit: 50 })
  return new Set(bindings.map((b) => b.studentId))
}
