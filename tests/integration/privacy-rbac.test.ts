// Who may see what of a family: role × own/other school × own/other class × own/other child,
// with the audit log checked for every read: whether sensitive data was shown is part of the entry.
import { demo } from '../support/demo'
import { startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

const student = demo.specialStudent('cls-qs-3-2')
const mentee = demo.students.find((s) => s.mentorIds.length > 0)!
const auditCount = () => srv.store.count('audit_log')
const READ_ACTION = { full: 'family.read_sensitive', masked: 'family.read' } as const
const latestAuditBy = async (actorUserId: string) =>
  (await srv.direct.find('audit_log', { where: { actorUserId }, orderBy: [['at', 'desc']], limit: 1 }))[0]

type Expect = 'full' | 'masked' | 'not_found' | 'forbidden'
const TABLE: Array<[string, () => string, string, Expect]> = [
  ['head teacher, own class', () => demo.headTeacher('cls-qs-3-2'), student._id, 'full'],
  ['head teacher, other class', () => demo.headTeacher('cls-qs-1-1'), student._id, 'not_found'],
  ['subject teacher of the class', () => demo.teacherOf('cls-qs-3-2', true), student._id, 'masked'],
  ['subject teacher of other classes', () => demo.teacherOf('cls-qs-3-2', false), student._id, 'not_found'],
  ['mentor of the student', () => demo.mentorOf(mentee), mentee._id, 'masked'],
  ['principal, own school', () => demo.principal(), student._id, 'full'],
  ['leader, own school', () => demo.withRole('leader'), student._id, 'full'],
  ['middle manager, own school', () => demo.withRole('middle_manager'), student._id, 'masked'],
  ['school admin, own school', () => demo.admin(), student._id, 'full'],
  ['principal, other school', () => demo.principal(demo.otherSchoolId), student._id, 'not_found'],
  ['school admin, other school', () => demo.admin(demo.otherSchoolId), student._id, 'not_found'],
  ['head teacher, other school', () => demo.headTeacherOfOtherSchool(), student._id, 'not_found'],
  ['district', () => demo.district(), student._id, 'forbidden'],
  ['parent of another child', () => demo.parentOfSiblings(), student._id, 'forbidden'],
]

describe.each(TABLE)('privacy.familyProfile — %s', (_label, who, studentId, expected) => {
  const readable = expected === 'full' || expected === 'masked'
  test(`answers ${expected}${readable ? ` and audits the read as ${READ_ACTION[expected]}` : ', nothing audited'}`, async () => {
    const before = await auditCount()
    const res = await srv.call(who(), 'privacy', 'familyProfile', { studentId, reason: 'visit_prep' })
    const after = await auditCount()
    if (expected === 'not_found') expect(res).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    if (expected === 'forbidden') expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    if (expected === 'full' || expected === 'masked') {
      if (!res.ok) throw new Error(res.error.message)
      const phones = res.data.guardians.map((g) => g.phone).filter((p): p is string => Boolean(p))
      expect(phones.length).toBeGreaterThan(0)
      if (expected === 'full') {
        expect(res.data.categories).toEqual(demo.categoriesOf(student.familyId))
        expect(res.data.address).toMatch(/大武口区/)
        expect(phones.every((p) => /^1\d{10}$/.test(p))).toBe(true)
        expect(res.data.sensitiveHidden).toBe('visible')
      } else {
        expect(res.data.categories).toBeNull()
        expect(res.data.address).toBeNull()
        expect(phones.every((p) => /^1\d{2}\*{4}\d{4}$/.test(p))).toBe(true)
        expect(res.data.sensitiveHidden).toBe('not_allowed')
        expect(JSON.stringify(res.data)).not.toMatch(
          /left_behind|divorced|single_parent|disabled|min_allowance|rural_poor|extreme_poverty|migrant_worker/,
        )
      }
    }
    expect(after - before).toBe(readable ? 1 : 0)
    if (readable)
      expect(await latestAuditBy(who())).toMatchObject({
        action: READ_ACTION[expected],
        targetId: demo.students.find((s) => s._id === studentId)!.familyId,
      })
  })
})

describe('the audit log', () => {
  test('records who read what, in which role, whose (in words, names masked), when and why', async () => {
    await srv.call(demo.headTeacher('cls-qs-3-2'), 'privacy', 'familyProfile', { studentId: student._id, reason: 'contact' })
    const res = await srv.call(demo.admin(), 'privacy', 'auditLog', { pageSize: 5 })
    if (!res.ok) throw new Error(res.error.message)
    const kids = demo.students.filter((s) => s.familyId === student.familyId)
    expect(res.data.rows[0]).toMatchObject({
      actorName: demo.staffOf(demo.headTeacher('cls-qs-3-2')).name,
      action: 'family.read_sensitive',
      target: `family:${student.familyId}`,
      reason: '联系家长',
      schoolName: '大武口区青山小学',
    })
    const subject = res.data.rows[0]!.subject
    for (const kid of kids) expect(subject).toContain(`${demo.className(kid.classId)} ${kid.name[0]}${'*'.repeat(kid.name.length - 1)}`)
    expect(subject).toMatch(/的家庭$/)
    for (const kid of kids) expect(subject).not.toContain(kid.name)
    expect(subject).not.toContain(student.familyId)
    expect(res.data.rows[0]!.actorRole).toContain('head_teacher')
  })

  test('a subject teacher’s masked read is listed too, as a read without sensitive data', async () => {
    await srv.call(demo.teacherOf('cls-qs-3-2', true), 'privacy', 'familyProfile', { studentId: student._id, reason: 'visit_prep' })
    const res = await srv.call(demo.admin(), 'privacy', 'auditLog', { pageSize: 5 })
    expect(res.ok && res.data.rows[0]).toMatchObject({
      actorName: demo.staffOf(demo.teacherOf('cls-qs-3-2', true)).name,
      action: 'family.read',
      reason: '家访准备',
    })
  })

  test('the district sees every school; another school admin sees none of this school; teachers and parents cannot read it', async () => {
    const district = await srv.call(demo.district(), 'privacy', 'auditLog', {})
    const other = await srv.call(demo.admin(demo.otherSchoolId), 'privacy', 'auditLog', {})
    expect(district.ok && district.data.total).toBe(await srv.direct.count('audit_log', { action: { ne: 'roster.import' } }))
    expect(other.ok && other.data.rows.filter((r) => r.schoolName === '大武口区青山小学')).toEqual([])
    for (const who of [demo.headTeacher(), demo.principal(), demo.parentOfSiblings()]) {
      expect(await srv.call(who, 'privacy', 'auditLog', {})).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    }
  })

  test('nobody can edit or delete an entry, not even through the store', async () => {
    const [entry] = await srv.store.find('audit_log', { limit: 1 })
    await expect(srv.store.update('audit_log', entry!._id, { reason: '改' })).rejects.toThrow('append-only')
    await expect(srv.store.remove('audit_log', entry!._id)).rejects.toThrow('append-only')
  })
})

describe('roster reads by role', () => {
  const TABLE2: Array<[string, () => string, string, boolean]> = [
    ['head teacher, own class', () => demo.headTeacher('cls-qs-3-2'), 'cls-qs-3-2', true],
    ['head teacher, other class', () => demo.headTeacher('cls-qs-3-2'), 'cls-qs-4-1', false],
    ['subject teacher, taught class', () => demo.teacherOf('cls-qs-3-2', true), 'cls-qs-3-2', true],
    ['subject teacher, other class', () => demo.teacherOf('cls-qs-3-2', false), 'cls-qs-3-2', false],
    ['principal, own school', () => demo.principal(), 'cls-qs-3-2', true],
    ['principal, other school', () => demo.principal(demo.otherSchoolId), 'cls-qs-3-2', false],
    ['admin, other school', () => demo.admin(demo.otherSchoolId), 'cls-qs-3-2', false],
  ]
  test.each(TABLE2)('classStudents — %s', async (_l, who, classId, allowed) => {
    const res = await srv.call(who(), 'roster', 'classStudents', { classId })
    expect(res.ok).toBe(allowed)
  })

  test('a parent sees their own children only', async () => {
    const binding = demo.bindings.find((b) => b.status === 'approved' && b.schoolId === demo.schoolId)!
    const res = await srv.call(binding.userId, 'roster', 'myChildren')
    if (!res.ok) throw new Error(res.error.message)
    expect(res.data.children.map((c) => c.studentId).sort()).toEqual(demo.approvedChildren(binding.userId).sort())
  })
})
