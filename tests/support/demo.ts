// Named people of the seeded demo district, found by what they are rather than hard-coded ids.
import { BindingSchema, FamilySensitiveSchema, GuardianSchema, StudentSchema } from '../../src/core/model/family.schema'
import { StaffSchema, UserSchema } from '../../src/core/model/people.schema'
import { ClassSchema } from '../../src/core/model/school.schema'
import { buildDemoData, DEMO } from '../../src/server/seed/demo-school'
import { SEED_NOW } from './test-server'

const data = buildDemoData(SEED_NOW.toISOString())
// Typed views of the seed (documents before they are stored, so without a version); parsing also
// proves the seed matches the model.
const staff = StaffSchema.omit({ _v: true }).array().parse(data.staff)
const users = UserSchema.omit({ _v: true }).array().parse(data.users)
const bindings = BindingSchema.omit({ _v: true }).array().parse(data.bindings)
const students = StudentSchema.omit({ _v: true }).array().parse(data.students)
const classes = ClassSchema.omit({ _v: true }).array().parse(data.classes)
const sensitive = FamilySensitiveSchema.omit({ _v: true }).array().parse(data.family_sensitive)
const guardians = GuardianSchema.omit({ _v: true }).array().parse(data.guardians)

export type DemoStudent = (typeof students)[number]

const userOfStaff = (s: (typeof staff)[number] | undefined) => {
  if (!s) throw new Error('demo staff not found')
  return users.find((u) => u.staffId === s._id)!._id
}

export const demo = {
  data,
  schoolId: DEMO.schoolId,
  otherSchoolId: DEMO.otherSchoolId,
  students,
  bindings,
  classes,
  sensitive,
  guardians,
  staff,
  users,
  className: (classId: string) => classes.find((c) => c._id === classId)!.name,
  headTeacher: (classId = 'cls-qs-3-2') => userOfStaff(staff.find((s) => s.headClassIds.includes(classId))),
  subjectTeacher: () =>
    userOfStaff(staff.find((s) => s.schoolId === DEMO.schoolId && !s.headClassIds.length && s.roles.join() === 'subject_teacher')),
  principal: (schoolId: string = DEMO.schoolId) => userOfStaff(staff.find((s) => s.schoolId === schoolId && s.roles.includes('principal'))),
  admin: (schoolId: string = DEMO.schoolId) => userOfStaff(staff.find((s) => s.schoolId === schoolId && s.roles.includes('school_admin'))),
  district: () => 'usr-district',
  nameOf: (userId: string) => users.find((u) => u._id === userId)!.name,
  staffOf: (userId: string) => staff.find((s) => s._id === users.find((u) => u._id === userId)?.staffId)!,
  /** A parent with two approved children (siblings). */
  parentOfSiblings: () => {
    const counts = new Map<string, number>()
    for (const b of bindings.filter((b) => b.status === 'approved')) counts.set(b.userId, (counts.get(b.userId) ?? 0) + 1)
    return [...counts].find(([, n]) => n >= 2)![0]
  },
  approvedChildren: (userId: string) => bindings.filter((b) => b.userId === userId && b.status === 'approved').map((b) => b.studentId),
  pendingOnlyParent: () =>
    bindings.find((b) => b.status === 'pending' && !bindings.some((x) => x.userId === b.userId && x.status === 'approved'))!.userId,
  /** Families of the class with an approved parent on WeChat: the parent and the child. */
  familiesOf: (classId: string) =>
    bindings
      .filter((b) => b.status === 'approved' && b.classId === classId)
      .map((b) => ({ parent: b.userId, student: students.find((s) => s._id === b.studentId)! })),
  /** A student of the class whose family has a special category. */
  specialStudent: (classId = 'cls-qs-3-2') => {
    const special = new Set(sensitive.filter((f) => f.categories.length).map((f) => f._id))
    return students.find((s) => s.classId === classId && special.has(s.familyId))!
  },
  categoriesOf: (familyId: string) => sensitive.find((f) => f._id === familyId)!.categories,
  teacherOf: (classId: string, teaches: boolean) =>
    userOfStaff(
      staff.find(
        (s) =>
          s.schoolId === DEMO.schoolId &&
          !s.headClassIds.length &&
          !s.roles.includes('leader') &&
          s.teachings.length > 0 &&
          s.teachings.some((t) => t.classId === classId) === teaches,
      ),
    ),
  mentorOf: (student: DemoStudent) => userOfStaff(staff.find((s) => student.mentorIds.includes(s._id))),
  withRole: (role: (typeof staff)[number]['roles'][number], schoolId: string = DEMO.schoolId) =>
    userOfStaff(staff.find((s) => s.schoolId === schoolId && s.roles.includes(role))),
  headTeacherOfOtherSchool: () => userOfStaff(staff.find((s) => s.schoolId === DEMO.otherSchoolId && s.headClassIds.length)),
}
