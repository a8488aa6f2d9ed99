// Who answers for a family: the staff who may start a home visit to it and, once the family agreed
// to that visit, see what the visit needs (special categories, address, full phones).
// One rule, so that explicit assignment and co-visitors can extend it in one place later.
import type { Student } from '../model/family.schema'
import type { Staff } from '../model/people.schema'
import { hasAnyRole, LEADERSHIP, type Role } from '../roles'

export type Responsibility = 'head_teacher' | 'mentor' | 'difficulty_teacher' | 'leadership'

/** Roles that answer for every family of their school. Middle managers and school admins do not visit. */
export const LEADERSHIP_ROLES: readonly Role[] = LEADERSHIP

type StaffRef = Pick<Staff, '_id' | 'schoolId' | 'roles' | 'headClassIds' | 'teachings' | 'status'>
type ChildRef = Pick<Student, 'schoolId' | 'classId' | 'mentorIds' | 'difficultySubjects'>

/**
 * Why this staff member answers for the family of these children (all of its children), or null.
 * Head teacher of a child's class, a child's mentor, a teacher of a child's class in a subject the
 * child has learning difficulties in, or the school's leadership.
 */
export function responsibilityFor(staff: StaffRef, children: readonly ChildRef[]): Responsibility | null {
  if (staff.status !== 'active') return null
  const own = children.filter((c) => c.schoolId === staff.schoolId)
  if (own.length === 0) return null
  if (staff.roles.includes('head_teacher') && own.some((c) => staff.headClassIds.includes(c.classId))) return 'head_teacher'
  if (own.some((c) => c.mentorIds.includes(staff._id))) return 'mentor'
  const linked = (c: ChildRef) => staff.teachings.some((t) => t.classId === c.classId && c.difficultySubjects.includes(t.subject))
  if (own.some(linked)) return 'difficulty_teacher'
  if (hasAnyRole(staff.roles, LEADERSHIP_ROLES)) return 'leadership'
  return null
}

export const canProposeVisit = (staff: StaffRef, children: readonly ChildRef[]) => responsibilityFor(staff, children) !== null

export const NOT_RESPONSIBLE_MESSAGE =
  '只有孩子的班主任、导师、学困科目的任课老师或学校领导可以发起家访。如果您需要参加这次家访，请联系孩子的班主任安排。'
