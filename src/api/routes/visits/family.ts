// What the teacher side of one visit needs about the family: who to name in a phone agreement and
// whether anyone receives the app's messages at all, read in one round trip.
import type { TeacherFamily } from '../../../core/contract/visits.contract'
import type { Relation, Student } from '../../../core/model/family.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import type { GuardianRef } from '../../../core/visit/negotiation'
import { isHeadOf } from '../../policy'
import { repos } from '../../repos'
import type { Caller } from '../../types'
import { boundOnce, type Bound } from '../../notify/audience'

export type { TeacherFamily }

/**
 * The family's registered guardians (names and relations only), who of them is on WeChat (an approved
 * binding to one of the children: the people notifications reach) and, for a child's head teacher, their class.
 */
export async function familyForTeacher(
  store: DocStore,
  caller: Caller,
  visit: { familyId: string; studentIds: string[] },
  students: Student[],
  bindings: Bound = boundOnce(store),
): Promise<TeacherFamily> {
  const r = repos(store)
  const headClassId = students.map((s) => s.classId).find((id) => isHeadOf(caller, id)) ?? null
  const [guardians, bound, cls] = await Promise.all([
    r.guardians.find({ where: { familyId: visit.familyId }, orderBy: [['_id', 'asc']], limit: 20 }),
    bindings(visit.studentIds),
    headClassId ? r.classes.get(headClassId) : null,
  ])
  const onWeChat = (g: { _id: string; userId: string | null }) =>
    bound.some((b) => b.guardianId === g._id || (g.userId !== null && b.userId === g.userId))
  return {
    guardians: guardians.map((g) => ({ guardianId: g._id, name: g.name, relation: g.relation, onWeChat: onWeChat(g) })),
    reachable: bound.length > 0,
    headClass: cls ? { classId: cls._id, className: cls.name } : null,
    // Only the proposal form asks (visits.familyReach); the visit shows its own flag.
    surveyEligible: false,
  }
}

/** Every registered guardian of a family: the only people a phone agreement may name. */
export async function familyGuardians(store: DocStore, familyId: string): Promise<Array<GuardianRef & { relation: Relation }>> {
  const guardians = await repos(store).guardians.find({ where: { familyId }, orderBy: [['_id', 'asc']], limit: 20 })
  return guardians.map((g) => ({ id: g._id, name: g.name, relation: g.relation }))
}
