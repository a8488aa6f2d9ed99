// Lookups over the school's current roster. Contacts are keyed by owner: `ct-<ownerId>`.
import type { FamilySensitive, Guardian, Student } from '../model/family.schema'
import { contactId, type Contact, type Staff } from '../model/people.schema'
import type { SchoolClass } from '../model/school.schema'
import type { Existing, KnownRefsLike } from './types'

/** @deprecated the same as contactId in core/model/people.schema. */
export const contactIdOf = contactId

export type ExistingIndex = {
  classByName: Map<string, SchoolClass>
  classById: Map<string, SchoolClass>
  studentByNo: Map<string, Student>
  studentNosOfFamily: Map<string, string[]>
  students: Student[]
  guardianByPhone: Map<string, Guardian>
  guardiansOfFamily: Map<string, Guardian[]>
  contactById: Map<string, Contact>
  sensitiveById: Map<string, FamilySensitive>
  staffByPhone: Map<string, Staff>
  staff: Staff[]
}

export function indexExisting(e: Existing): ExistingIndex {
  const contactById = new Map(e.contacts.map((c) => [c._id, c]))
  const phoneOf = (ownerId: string) => contactById.get(contactId(ownerId))?.phone
  const byPhone = <T extends { _id: string }>(docs: T[]) => {
    const m = new Map<string, T>()
    for (const d of docs) {
      const p = phoneOf(d._id)
      if (p && !m.has(p)) m.set(p, d)
    }
    return m
  }
  const studentNosOfFamily = new Map<string, string[]>()
  for (const s of e.students) studentNosOfFamily.set(s.familyId, [...(studentNosOfFamily.get(s.familyId) ?? []), s.studentNo])
  const guardiansOfFamily = new Map<string, Guardian[]>()
  for (const g of e.guardians) guardiansOfFamily.set(g.familyId, [...(guardiansOfFamily.get(g.familyId) ?? []), g])
  return {
    classByName: new Map(e.classes.map((c) => [c.name, c])),
    classById: new Map(e.classes.map((c) => [c._id, c])),
    studentByNo: new Map(e.students.map((s) => [s.studentNo, s])),
    studentNosOfFamily,
    students: e.students,
    guardianByPhone: byPhone(e.guardians),
    guardiansOfFamily,
    contactById,
    sensitiveById: new Map(e.sensitive.map((s) => [s._id, s])),
    staffByPhone: byPhone(e.staff),
    staff: e.staff,
  }
}

/** What validation needs to know about the roster: names of classes and numbers of students on file. */
export function knownRefs(e: Existing): KnownRefsLike {
  return { classNames: new Set(e.classes.map((c) => c.name)), studentNos: new Set(e.students.map((s) => s.studentNo)) }
}
