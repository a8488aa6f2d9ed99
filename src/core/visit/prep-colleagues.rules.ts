// Who may be asked for a note about the visit's children: a colleague who heads, mentors or teaches one of
// their classes, or teaches a class of the same grade (the grade group). Pure: the list and the check agree.
import type { Student } from '../model/family.schema'
import type { Staff } from '../model/people.schema'
import type { SchoolClass } from '../model/school.schema'

type StaffRef = Pick<Staff, '_id' | 'schoolId' | 'status' | 'roles' | 'headClassIds' | 'teachings'>
type ChildRef = Pick<Student, 'schoolId' | 'classId' | 'mentorIds'>
type ClassRef = Pick<SchoolClass, '_id' | 'grade'>

/** Why this colleague knows the children, in the words the teacher sees ("班主任", "数学老师"), or null. */
export function colleagueWhy(staff: StaffRef, children: readonly ChildRef[], classes: readonly ClassRef[]): string | null {
  if (staff.status !== 'active') return null
  const own = children.filter((c) => c.schoolId === staff.schoolId)
  if (!own.length) return null
  const classIds = new Set(own.map((c) => c.classId))
  if (staff.roles.includes('head_teacher') && staff.headClassIds.some((id) => classIds.has(id))) return '班主任'
  if (own.some((c) => c.mentorIds.includes(staff._id))) return '导师'
  const inClass = staff.teachings.find((t) => classIds.has(t.classId))
  if (inClass) return `${inClass.subject}老师`
  const gradeOf = new Map(classes.map((c) => [c._id, c.grade]))
  const grades = new Set([...classIds].map((id) => gradeOf.get(id)))
  grades.delete(undefined)
  const sameGrade = staff.teachings.find((t) => gradeOf.has(t.classId) && grades.has(gradeOf.get(t.classId)))
  return sameGrade ? `同年级${sameGrade.subject}老师` : null
}
