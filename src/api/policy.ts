// Ownership rules for staff, shared by every route. Roles alone never grant access to another school.
import type { Student } from '../core/model/family.schema'
import type { SchoolClass } from '../core/model/school.schema'
import { hasAnyRole, LEADERSHIP, SCHOOL_WIDE, type Role } from '../core/roles'
import { responsibilityFor } from '../core/visit/responsibility.rules'
import type { Caller } from './types'

export function isSchoolWide(caller: Caller, schoolId: string): boolean {
  return caller.schoolId === schoolId && hasAnyRole(caller.roles, SCHOOL_WIDE)
}

export function isHeadOf(caller: Caller, classId: string): boolean {
  return !!caller.staff?.headClassIds.includes(classId) && caller.roles.includes('head_teacher')
}

export function teachesClass(caller: Caller, classId: string): boolean {
  return !!caller.staff?.teachings.some((t) => t.classId === classId)
}

/** Who may see a class roster: its head teacher, its subject teachers, school-wide roles of its school. */
export function canSeeClass(caller: Caller, cls: SchoolClass): boolean {
  if (caller.schoolId !== cls.schoolId) return false
  return isSchoolWide(caller, cls.schoolId) || isHeadOf(caller, cls._id) || teachesClass(caller, cls._id)
}

const SENSITIVE_BY_ROLE: readonly Role[] = [...LEADERSHIP, 'school_admin']

/**
 * Who may see a family's special categories, address and full phones (policy: those who need them):
 * the child's head teacher and the school's principal, leaders and admin; and a visitor who answers
 * for the family, only once the family agreed to their visit (a proposal alone grants nothing).
 */
export function canSeeSensitive(
  caller: Caller,
  student: { schoolId: string; classId: string },
  visit: { agreed: boolean; family: readonly Student[] },
): boolean {
  if (caller.schoolId !== student.schoolId) return false
  if (seesSensitiveByPost(caller, student)) return true
  return visit.agreed && !!caller.staff && responsibilityFor(caller.staff, visit.family) !== null
}

/** The part of canSeeSensitive that needs no visit: the child's head teacher, the school's leaders and admin. */
export function seesSensitiveByPost(caller: Caller, student: { schoolId: string; classId: string }): boolean {
  return caller.schoolId === student.schoolId && (isHeadOf(caller, student.classId) || hasAnyRole(caller.roles, SENSITIVE_BY_ROLE))
}

/** Who may see a school's figures by special category (counts, no family named): its leadership and admin. */
export const canSeeSchoolCategories = (caller: Caller, schoolId: string): boolean =>
  caller.schoolId === schoolId && hasAnyRole(caller.roles, SENSITIVE_BY_ROLE)

/** Who may see a student's family at all (names, masked phones): anyone who teaches, mentors or oversees them. */
export function canSeeStudent(caller: Caller, student: { schoolId: string; classId: string; mentorIds: string[] }): boolean {
  if (caller.schoolId !== student.schoolId) return false
  const staffId = caller.staff?._id ?? ''
  return (
    isSchoolWide(caller, student.schoolId) ||
    isHeadOf(caller, student.classId) ||
    teachesClass(caller, student.classId) ||
    student.mentorIds.includes(staffId)
  )
}
