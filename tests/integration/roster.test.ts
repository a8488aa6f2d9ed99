import { demo } from '../support/demo'
import { startTestServer, type TestServer } from '../support/test-server'

let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer()
})
afterAll(() => srv.close())

describe('teacher', () => {
  test('a head teacher sees their class and its students, page by page', async () => {
    const teacher = demo.headTeacher('cls-qs-3-2')
    const mine = await srv.call(teacher, 'roster', 'myClasses')
    expect(mine.ok && mine.data.classes.map((c) => [c.name, c.isHead])).toEqual([['三年级2班', true]])
    const expected = demo.students.filter((s) => s.classId === 'cls-qs-3-2').sort((a, b) => a.studentNo.localeCompare(b.studentNo))

    const first = await srv.call(teacher, 'roster', 'classStudents', { classId: 'cls-qs-3-2', pageSize: 10 })
    const second = await srv.call(teacher, 'roster', 'classStudents', { classId: 'cls-qs-3-2', pageSize: 10, page: 1 })
    if (!first.ok || !second.ok) throw new Error('expected ok')
    expect(first.data.total).toBe(expected.length)
    expect([...first.data.students, ...second.data.students].map((s) => s.name)).toEqual(expected.map((s) => s.name))
  })

  test('another class of the same school is invisible to a head teacher (same answer as a missing class)', async () => {
    const teacher = demo.headTeacher('cls-qs-3-2')
    const other = await srv.call(teacher, 'roster', 'classStudents', { classId: 'cls-qs-1-1' })
    const missing = await srv.call(teacher, 'roster', 'classStudents', { classId: 'cls-nope' })
    expect(other).toEqual(missing)
    expect(other).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  })

  test('a subject teacher sees every class they teach, with the subject', async () => {
    const teacher = demo.subjectTeacher()
    const staff = demo.staffOf(teacher)
    const res = await srv.call(teacher, 'roster', 'myClasses')
    if (!res.ok) throw new Error(res.error.message)
    expect(res.data.classes.map((c) => c.classId).sort()).toEqual(staff.teachings.map((t) => t.classId).sort())
    expect(res.data.classes.every((c) => !c.isHead && c.subjects.length === 1)).toBe(true)
  })
})

describe('parent', () => {
  test('a parent of siblings sees both children and nothing else', async () => {
    const parent = demo.parentOfSiblings()
    const res = await srv.call(parent, 'roster', 'myChildren')
    if (!res.ok) throw new Error(res.error.message)
    expect(res.data.children.map((c) => c.studentId).sort()).toEqual(demo.approvedChildren(parent).sort())
    expect(res.data.children.length).toBeGreaterThanOrEqual(2)
    expect(new Set(res.data.children.map((c) => c.className)).size).toBe(res.data.children.length)
  })

  test('a parent cannot read class rosters or school figures', async () => {
    const parent = demo.parentOfSiblings()
    for (const [action, input] of [
      ['classStudents', { classId: 'cls-qs-1-1' }],
      ['myClasses', {}],
      ['schoolOverview', {}],
      ['districtOverview', {}],
    ] as const) {
      expect(await srv.callRaw(parent, 'roster', action, input)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    }
  })

  test('a parent whose binding is still pending is not yet a parent', async () => {
    const waiting = demo.pendingOnlyParent()
    expect(await srv.call(waiting, 'roster', 'myChildren')).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    const me = await srv.call(waiting, 'auth', 'me')
    expect(me.ok && me.data.roles).toEqual([])
  })
})

describe('school and district', () => {
  test('the school admin sees the whole school with counts that add up', async () => {
    const res = await srv.call(demo.admin(), 'roster', 'schoolOverview')
    if (!res.ok) throw new Error(res.error.message)
    const mine = demo.students.filter((s) => s.schoolId === demo.schoolId)
    expect(res.data.schoolName).toBe('大武口区青山小学')
    expect(res.data.counts.students).toBe(mine.length)
    expect(res.data.classes).toHaveLength(12)
    expect(res.data.classes.reduce((a, c) => a + c.studentCount, 0)).toBe(mine.length)
    expect(res.data.classes.every((c) => c.headTeacherName)).toBe(true)
  })

  test('each school admin sees only their own school', async () => {
    const res = await srv.call(demo.admin(demo.otherSchoolId), 'roster', 'schoolOverview')
    expect(res.ok && res.data.schoolId).toBe(demo.otherSchoolId)
    const cross = await srv.call(demo.admin(demo.otherSchoolId), 'roster', 'classStudents', { classId: 'cls-qs-1-1' })
    expect(cross).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
  })

  test('the principal sees any class roster of their school', async () => {
    const res = await srv.call(demo.principal(), 'roster', 'classStudents', { classId: 'cls-qs-6-1' })
    expect(res.ok && res.data.className).toBe('六年级1班')
  })

  test('the district sees every school side by side but no rosters', async () => {
    const res = await srv.call(demo.district(), 'roster', 'districtOverview')
    if (!res.ok) throw new Error(res.error.message)
    expect(res.data.schools.map((s) => s.name).sort()).toEqual(['大武口区育才中学', '大武口区青山小学'].sort())
    expect(res.data.schools.reduce((a, s) => a + s.studentCount, 0)).toBe(demo.students.length)
    expect(await srv.call(demo.district(), 'roster', 'classStudents', { classId: 'cls-qs-1-1' })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.FORBIDDEN' },
    })
  })

  test('auth.me names each person and their home', async () => {
    const cases: Array<[string, string]> = [
      [demo.headTeacher(), 'teacher'],
      [demo.parentOfSiblings(), 'parent'],
      [demo.principal(), 'leader'],
      [demo.admin(), 'admin'],
      [demo.district(), 'district'],
    ]
    for (const [userId, home] of cases) {
      const me = await srv.call(userId, 'auth', 'me')
      expect(me.ok && me.data.homes[0]).toBe(home)
    }
  })
})
