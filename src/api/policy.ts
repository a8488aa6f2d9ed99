// Ownership rules for staff, shared by every route. Roles alone never grant access to another school.
import type { SchoolClass } from '../core/model/school.schema'
import { hasAnyRole, type Role } from '../core/roles'
import type { Caller } from './types'

const SCHOOL_WIDE: readonly Role[] = ['principal', 'leader', 'middle_manager', 'school_admin']

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

/** Who may see a family's special categories and full phones (policy: those who need them). */
export function canSeeSensitive(caller: Caller, schoolId: string, classId: string, isAssignedVisitor: boolean): boolean {
  if (caller.schoolId !== schoolId) return false
  return isHeadOf(caller, classId) || isAssignedVisitor || hasAnyRole(caller.roles, ['principal', 'leader', 'school_admin'])
}

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
