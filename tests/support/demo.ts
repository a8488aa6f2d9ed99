// Named people of the seeded demo district, found by what they are rather than hard-coded ids.
import { buildDemoData, DEMO } from '../../src/server/seed/demo-school'
import { SEED_NOW } from './test-server'

const data = buildDemoData(SEED_NOW.toISOString())
type D = Record<string, any>
const staff = data.staff as D[]
const users = data.users as D[]
const bindings = data.bindings as D[]

const userOfStaff = (s: D | undefined) => {
  if (!s) throw new Error('demo staff not found')
  return users.find((u) => u.staffId === s._id)!._id as string
}

export const demo = {
  data,
  schoolId: DEMO.schoolId,
  otherSchoolId: DEMO.otherSchoolId,
  headTeacher: (classId = 'cls-qs-3-2') => userOfStaff(staff.find((s) => (s.headClassIds as string[]).includes(classId))),
  subjectTeacher: () =>
    userOfStaff(
      staff.find((s) => s.schoolId === DEMO.schoolId && !s.headClassIds.length && (s.roles as string[]).join() === 'subject_teacher'),
    ),
  principal: (schoolId: string = DEMO.schoolId) => userOfStaff(staff.find((s) => s.schoolId === schoolId && s.roles.includes('principal'))),
  admin: (schoolId: string = DEMO.schoolId) => userOfStaff(staff.find((s) => s.schoolId === schoolId && s.roles.includes('school_admin'))),
  district: () => 'usr-district',
  nameOf: (userId: string) => users.find((u) => u._id === userId)!.name as string,
  staffOf: (userId: string) => staff.find((s) => s._id === users.find((u) => u._id === userId)?.staffId)!,
  /** A parent with two approved children (siblings). */
  parentOfSiblings: () => {
    const counts = new Map<string, number>()
    for (const b of bindings.filter((b) => b.status === 'approved')) counts.set(b.userId, (counts.get(b.userId) ?? 0) + 1)
    return [...counts].find(([, n]) => n >= 2)![0]
  },
  approvedChildren: (userId: string) =>
    bindings.filter((b) => b.userId === userId && b.status === 'approved').map((b) => b.studentId as string),
  pendingOnlyParent: () =>
    bindings.find((b) => b.status === 'pending' && !bindings.some((x) => x.userId === b.userId && x.status === 'approved'))!
      .userId as string,
  students: data.students as D[],
  /** A student of the class whose family has a special category. */
  specialStudent: (classId = 'cls-qs-3-2') => {
    const special = new Set((data.family_sensitive as D[]).filter((f) => f.categories.length).map((f) => f._id))
    return (data.students as D[]).find((s) => s.classId === classId && special.has(s.familyId))!
  },
  categoriesOf: (familyId: string) => (data.family_sensitive as D[]).find((f) => f._id === familyId)!.categories as string[],
  teacherOf: (classId: string, teaches: boolean) =>
    userOfStaff(
      staff.find(
        (s) =>
          s.schoolId === DEMO.schoolId &&
          !s.headClassIds.length &&
          !s.roles.includes('leader') &&
          s.teachings.length > 0 &&
          s.teachings.some((t: D) => t.classId === classId) === teaches,
      ),
    ),
  mentorOf: (student: D) => userOfStaff(staff.find((s) => student.mentorIds.includes(s._id))),
  withRole: (role: string, schoolId: string = DEMO.schoolId) =>
    userOfStaff(staff.find((s) => s.schoolId === schoolId && s.roles.includes(role))),
  headTeacherOfOtherSchool: () => userOfStaff(staff.find((s) => s.schoolId === DEMO.otherSchoolId && s.headClassIds.length)),
}
