import type { Side, Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { isCoVisitor } from '../../../core/visit/join.rules'
import { approvedBindings, type Bound } from '../../notify/audience'
import { repos } from '../../repos'
import type { Caller } from '../../types'

/**
 * The visit's teacher (and a co-visitor, who only looks) is the teacher side; a guardian with an approved
 * binding to one of its children is the parent side.
 */
export async function sideOf(store: DocStore, caller: Caller, visit: Visit, bound?: Bound): Promise<Side | null> {
  if (caller.staff && caller.staff._id === visit.teacherId) return 'teacher'
  if (caller.staff && isCoVisitor(visit, caller.staff._id)) return 'teacher'
  if (!caller.roles.includes('parent')) return null
  if (bound) return (await bound(visit.studentIds)).some((b) => b.userId === caller.user._id) ? 'parent' : null
  const n = await store.count('bindings', { userId: caller.user._id, studentId: { in: visit.studentIds }, status: 'approved' })
  return n > 0 ? 'parent' : null
}

export async function loadVisit(
  store: DocStore,
  caller: Caller,
  visitId: string,
  bound?: Bound,
): Promise<{ visit: Visit; side: Side; coVisitor: boolean } | null> {
  const visit = await repos(store).visits.get(visitId)
  if (!visit) return null
  const side = await sideOf(store, caller, visit, bound)
  return side ? { visit, side, coVisitor: side === 'teacher' && caller.staff?._id !== visit.teacherId } : null
}

/** Everyone on a side who should hear about a change: the teacher, or every bound guardian. */
export async function recipients(store: DocStore, visit: Visit, side: Side): Promise<string[]> {
  if (side === 'teacher') return [visit.teacherUserId]
  const bindings = await approvedBindings(store, visit.studentIds)
  return [...new Set(bindings.map((b) => b.userId))]
}

export const claimId = (familyId: string, periodId: string) => `claim:${familyId}:${periodId}`
export const slotId = (teacherId: string, slot: string) => `slot:${teacherId}:${slot}`
