// Who answers for a family, spelled out by hand: staff × the family's children → responsibility.
import type { Student } from '../../../src/core/model/family.schema'
import type { Staff } from '../../../src/core/model/people.schema'
import { canProposeVisit, responsibilityFor, type Responsibility } from '../../../src/core/visit/responsibility.rules'

const child = (over: Partial<Student> = {}): Student => ({
  _id: 'stu-1',
  _v: 1,
  schoolId: 'sch-1',
  classId: 'cls-3-2',
  familyId: 'fam-1',
  studentNo: '20240201',
  leftAt: null,
  name: '李明',
  gender: 'M',
  birthMonth: '2017-05',
  mentorIds: [],
  difficultySubjects: [],
  ...over,
})
const staff = (over: Partial<Staff> = {}): Staff => ({
  _id: 'stf-1',
  _v: 1,
  schoolId: 'sch-1',
  name: '王芳',
  roles: ['subject_teacher'],
  headClassIds: [],
  teachings: [],
  status: 'active',
  userId: 'usr-stf-1',
  ...over,
})

const older = child({ _id: 'stu-2', classId: 'cls-5-1', mentorIds: ['stf-m'], difficultySubjects: ['数学'] })
const family = [child(), older]

const TABLE: Array<[string, Staff, Student[], Responsibility | null]> = [
  ['head teacher of the class', staff({ roles: ['head_teacher'], headClassIds: ['cls-3-2'] }), family, 'head_teacher'],
  ['head teacher of a sibling’s class', staff({ roles: ['head_teacher'], headClassIds: ['cls-5-1'] }), family, 'head_teacher'],
  ['head of another class', staff({ roles: ['head_teacher'], headClassIds: ['cls-1-1'] }), family, null],
  ['listed as head of the class but without the head-teacher role', staff({ headClassIds: ['cls-3-2'] }), family, null],
  ['mentor of a child', staff({ _id: 'stf-m', roles: ['subject_teacher', 'mentor'] }), family, 'mentor'],
  ['a mentor, not of these children', staff({ roles: ['mentor'] }), family, null],
  [
    'teaches a child’s difficulty subject in its class',
    staff({ teachings: [{ classId: 'cls-5-1', subject: '数学' }] }),
    family,
    'difficulty_teacher',
  ],
  ['teaches the class another subject', staff({ teachings: [{ classId: 'cls-5-1', subject: '体育' }] }), family, null],
  ['teaches the difficulty subject in another class', staff({ teachings: [{ classId: 'cls-3-2', subject: '数学' }] }), family, null],
  ['principal', staff({ roles: ['principal'] }), family, 'leadership'],
  ['leader', staff({ roles: ['leader'] }), family, 'leadership'],
  ['middle manager', staff({ roles: ['middle_manager'] }), family, null],
  ['school admin', staff({ roles: ['school_admin'] }), family, null],
  ['principal of another school', staff({ roles: ['principal'], schoolId: 'sch-2' }), family, null],
  [
    'head teacher whose account was revoked',
    staff({ roles: ['head_teacher'], headClassIds: ['cls-3-2'], status: 'revoked' }),
    family,
    null,
  ],
  ['anyone, for no children', staff({ roles: ['principal'] }), [], null],
]

test.each(TABLE)('%s', (_label, who, children, expected) => {
  expect(responsibilityFor(who, children)).toBe(expected)
  expect(canProposeVisit(who, children)).toBe(expected !== null)
})
