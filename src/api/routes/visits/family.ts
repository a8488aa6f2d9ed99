// What the teacher side of one visit needs to record a phone agreement, read in one round trip.
import type { VisitView } from '../../../core/contract/visits.contract'
import type { Relation, Student } from '../../../core/model/family.schema'
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import type { GuardianRef } from '../../../core/visit/negotiation'
import { isHeadOf } from '../../policy'
import { repos } from '../../repos'
import type { Caller } from '../../types'

export type TeacherFamily = NonNullable<VisitView['family']>

/** The family's registered guardians (names and relations only) and, for the children's head teacher, their class. */
export async function familyForTeacher(store: DocStore, caller: Caller, visit: Visit, students: Student[]): Promise<TeacherFamily> {
  const r = repos(store)
  const headClassId = students.map((s) => s.classId).find((id) => isHeadOf(caller, id)) ?? null
  const [guardians, cls] = await Promise.all([familyGuardians(store, visit.familyId), headClassId ? r.classes.get(headClassId) : null])
  return {
    guardians: guardians.map((g) => ({ guardianId: g.id, name: g.name, relation: g.relation })),
    headClass: cls ? { classId: cls._id, className: cls.name } : null,
  }
}

/** Every registered guardian of a family: the only people a phone agreement may name. */
export async function familyGuardians(store: DocStore, familyId: string): Promise<Array<GuardianRef & { relation: Relation }>> {
  const guardians = await repos(store).guardians.find({ where: { familyId }, orderBy: [['_id', 'asc']], limit: 20 })
  return guardians.map((g) => ({ id: g._id, name: g.name, relation: g.relation }))
}
