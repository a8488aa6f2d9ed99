// What each roster row tells a teacher before they start (issue 8, #2 and #8): whether the family can
// be reached on WeChat, whose visit it already has, and whether this caller may propose one; and the
// binding requests waiting on the head teacher's classes. Checked by role and by ownership, with bad
// input, and with the database round trips of a page counted as the class grows.
import type { StaffRole } from '../../src/core/model/people.schema'
import { responsibilityFor } from '../../src/core/visit/responsibility.rules'
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { demo, type DemoStudent } from '../support/demo'
import { ok, startTestServer, type TestServer } from '../support/test-server'

const now = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
const CLASS_ID = 'cls-qs-3-2'
const head = demo.headTeacher(CLASS_ID)

let srv: TestServer
beforeEach(async () => {
  srv = await startTestServer({ clock: () => now })
})
afterEach(() => srv.close())

const kidsOf = (s: DemoStudent) => demo.students.filter((x) => x.familyId === s.familyId)
const bindingsOf = (s: DemoStudent) => demo.bindings.filter((b) => kidsOf(s).some((k) => k._id === b.studentId))
const hasOffline = (s: DemoStudent) => demo.guardians.some((g) => g.familyId === s.familyId && g.offline)
const inClass = (classId: string) => demo.students.filter((s) => s.classId === classId)

async function rows(who: string, classId = CLASS_ID) {
  return ok(await srv.call(who, 'roster', 'classStudents', { classId, pageSize: 100 })).students
}
async function rowOf(who: string, student: DemoStudent) {
  return (await rows(who, student.classId)).find((r) => r.studentId === student._id)!
}

/** A family of the class with nobody on WeChat and nobody registered without a smartphone. */
const unreached = inClass(CLASS_ID).find((s) => bindingsOf(s).length === 0 && !hasOffline(s))!
const staffUser = (pred: (s: (typeof demo.staff)[number]) => boolean) =>
  demo.users.find((u) => u.staffId === demo.staff.find(pred)?._id)!._id

describe('WeChat reach on every row', () => {
  test('a family with an approved parent is 已绑定; nobody is 未绑定; a request still waiting does not count', async () => {
    const bound = inClass(CLASS_ID).find((s) => bindingsOf(s).some((b) => b.status === 'approved'))!
    const pending = demo.students.find((s) => bindingsOf(s).length > 0 && bindingsOf(s).every((b) => b.status === 'pending'))!
    expect((await rowOf(head, bound)).wechat).toBe('bound')
    expect((await rowOf(head, unreached)).wechat).toBe('unbound')
    expect((await rowOf(demo.headTeacher(pending.classId), pending)).wechat).toBe(hasOffline(pending) ? 'offline' : 'unbound')
  })

  test('registering a guardian without a smartphone turns 未绑定 into 无智能手机', async () => {
    ok(await srv.call(head, 'accounts', 'registerOfflineGuardian', { studentId: unreached._id, name: '王桂兰', relation: 'grandmother' }))
    expect((await rowOf(head, unreached)).wechat).toBe('offline')
    // Every teacher of the class sees the same: it says who can be reached, nothing private.
    expect((await rowOf(demo.teacherOf(CLASS_ID, true), unreached)).wechat).toBe('offline')
  })

  test('the family is reached through any child: a withdrawn binding counts only once no sibling is bound', async () => {
    const parent = demo.parentOfSiblings()
    const [a, b] = demo.approvedChildren(parent).map((id) => demo.students.find((s) => s._id === id)!)
    const others = bindingsOf(a!).filter((x) => x.userId !== parent && x.status === 'approved')
    expect(others).toHaveLength(0) // the only parent on WeChat: withdrawing changes the family
    const withdraw = (s: DemoStudent) => srv.call(parent, 'accounts', 'setConsent', { studentId: s._id, kind: 'guardian', given: false })
    ok(await withdraw(a!))
    expect((await rowOf(demo.headTeacher(a!.classId), a!)).wechat).toBe('bound')
    ok(await withdraw(b!))
    const after = hasOffline(a!) ? 'offline' : 'unbound'
    expect((await rowOf(demo.headTeacher(a!.classId), a!)).wechat).toBe(after)
    expect((await rowOf(demo.headTeacher(b!.classId), b!)).wechat).toBe(after)
  })

  test('a twin on another page of the same class still counts: the page leaves out only its own children', async () => {
    const twin = { ...unreached, _id: 'stu-twin', studentNo: '9zzz', name: '双胞胎' }
    const binding = { ...demo.bindings.find((b) => b.status === 'approved')!, _id: 'bnd-twin', studentId: twin._id, classId: CLASS_ID }
    expect(
      await srv.store.batch([
        { kind: 'insert', coll: 'students', doc: twin },
        { kind: 'insert', coll: 'bindings', doc: binding },
      ]),
    ).toEqual({ ok: true })
    const order = inClass(CLASS_ID)
      .map((s) => s.studentNo)
      .sort()
    const page = order.indexOf(unreached.studentNo)
    const one = ok(await srv.call(head, 'roster', 'classStudents', { classId: CLASS_ID, pageSize: 1, page })).students
    expect(one.map((r) => [r.studentId, r.wechat])).toEqual([[unreached._id, 'bound']])
  })
})

describe('the family’s visit and who may propose', () => {
  test('mayPropose is the responsibility rule, for every row and every kind of staff', async () => {
    const roles: StaffRole[] = ['head_teacher', 'subject_teacher', 'leader', 'principal', 'middle_manager', 'school_admin', 'mentor']
    const people = roles.map((role) => demo.staff.find((s) => s.schoolId === demo.schoolId && s.roles.includes(role))!)
    const said = { yes: 0, no: 0 }
    for (const staff of people) {
      const user = staffUser((s) => s._id === staff._id)
      const own = [...staff.headClassIds, ...staff.teachings.map((t) => t.classId)]
      for (const classId of own.length ? [...new Set(own)] : [CLASS_ID]) {
        for (const r of await rows(user, classId)) {
          const student = demo.students.find((s) => s._id === r.studentId)!
          const expected = responsibilityFor(staff, kidsOf(student)) !== null
          expect([staff.roles.join(), student.name, r.mayPropose]).toEqual([staff.roles.join(), student.name, expected])
          said[expected ? 'yes' : 'no']++
        }
      }
    }
    expect(said.yes).toBeGreaterThan(0)
    expect(said.no).toBeGreaterThan(0)
  })

  test('a row the server says no to is refused by visits.propose too; one it says yes to is accepted', async () => {
    const teacher = demo.teacherOf(CLASS_ID, true)
    const list = await rows(teacher)
    const no = list.find((r) => !r.mayPropose)!
    const option = { startAt: '2026-12-03T15:00:00+08:00', endAt: '2026-12-03T16:00:00+08:00', format: 'home' as const, place: null }
    const refused = await srv.call(teacher, 'visits', 'propose', { studentId: no.studentId, topic: '家访', options: [option] })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_RESPONSIBLE' } })
    const yes = (await rows(head)).find((r) => r.mayPropose)!
    ok(await srv.call(head, 'visits', 'propose', { studentId: yes.studentId, topic: '家访', options: [option] }))
  })

  test('after a proposal: the teacher’s own row opens it, everyone else sees only who has the family', async () => {
    const option = { startAt: '2026-12-03T15:00:00+08:00', endAt: '2026-12-03T16:00:00+08:00', format: 'home' as const, place: null }
    expect(await rowOf(head, unreached)).toMatchObject({ visit: null, mayPropose: true })
    const v = ok(await srv.call(head, 'visits', 'propose', { studentId: unreached._id, topic: '家访', options: [option] }))
    expect(await rowOf(head, unreached)).toMatchObject({
      visit: { kind: 'mine', visitId: v.visitId, status: 'awaiting_parent', startAt: null },
      mayPropose: false,
    })
    const name = demo.staffOf(head).name
    for (const other of [demo.principal(), demo.teacherOf(CLASS_ID, true)]) {
      const r = await rowOf(other, unreached)
      expect(r.visit).toEqual({ kind: 'other', teacherName: name }) // no visit id, no time, no topic
      expect(r.mayPropose).toBe(false)
    }
  })

  test('a visit agreed by phone 12 days ahead shows on the row with its day', async () => {
    const day = '2026-12-13'
    const option = { startAt: `${day}T15:00:00+08:00`, endAt: `${day}T16:00:00+08:00`, format: 'home' as const, place: null }
    const v = ok(await srv.call(head, 'visits', 'propose', { studentId: unreached._id, topic: '家访', options: [option] }))
    const guardianId = v.family!.guardians[0]!.guardianId
    const command = { kind: 'phone_agreement' as const, option, guardianId }
    ok(await srv.call(head, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
    expect((await rowOf(head, unreached)).visit).toEqual({
      kind: 'mine',
      visitId: v.visitId,
      status: 'scheduled',
      startAt: '2026-12-13T07:00:00.000Z',
    })
  })

  test('a cancelled visit frees the family: the row offers 发起家访 again', async () => {
    const option = { startAt: '2026-12-03T15:00:00+08:00', endAt: '2026-12-03T16:00:00+08:00', format: 'home' as const, place: null }
    const v = ok(await srv.call(head, 'visits', 'propose', { studentId: unreached._id, topic: '家访', options: [option] }))
    const command = { kind: 'cancel' as const, reason: '时间不合适' }
    ok(await srv.call(head, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
    expect(await rowOf(head, unreached)).toMatchObject({ visit: null, mayPropose: true })
  })
})

describe('ownership and input', () => {
  test('a teacher of another class, or of another school, gets what a missing class gets', async () => {
    const missing = await srv.call(head, 'roster', 'classStudents', { classId: 'cls-nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    for (const who of [demo.headTeacher('cls-qs-1-1'), demo.teacherOf(CLASS_ID, false), demo.headTeacherOfOtherSchool()]) {
      const res = await srv.call(who, 'roster', 'classStudents', { classId: CLASS_ID })
      expect(res).toEqual(missing)
    }
  })

  test('parents and the district cannot read a roster', async () => {
    for (const who of [demo.parentOfSiblings(), demo.district()]) {
      expect(await srv.call(who, 'roster', 'classStudents', { classId: CLASS_ID })).toMatchObject({
        ok: false,
        error: { code: 'AUTH.FORBIDDEN' },
      })
    }
  })

  test.each([
    ['an id with spaces', { classId: 'cls qs' }],
    ['a page size over 100', { classId: CLASS_ID, pageSize: 101 }],
    ['a negative page', { classId: CLASS_ID, page: -1 }],
    ['an unknown field', { classId: CLASS_ID, mayPropose: true }],
  ])('refuses %s with a message in Chinese', async (_label, input) => {
    const res = await srv.callRaw(head, 'roster', 'classStudents', input)
    expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: expect.stringMatching(/\p{Script=Han}/u) } })
  })
})

describe('binding requests waiting on the head teacher', () => {
  const pendingIn = (classId: string) => demo.bindings.filter((b) => b.classId === classId && b.status === 'pending').length
  const withPending = demo.classes.find((c) => c.schoolId === demo.schoolId && pendingIn(c._id) > 0)!

  test('counted on the head teacher’s class only, and they follow requests and decisions', async () => {
    const mine = async (who: string, classId: string) =>
      ok(await srv.call(who, 'roster', 'myClasses')).classes.find((c) => c.classId === classId)
    const headOf = demo.headTeacher(withPending._id)
    expect((await mine(headOf, withPending._id))!.pendingBindings).toBe(pendingIn(withPending._id))
    const subject = demo.teacherOf(withPending._id, true)
    expect((await mine(subject, withPending._id))!.pendingBindings).toBe(0)

    const { code } = ok(await srv.call(headOf, 'accounts', 'classInvite', { classId: withPending._id }))
    const kid = inClass(withPending._id).find((s) => bindingsOf(s).length === 0)!
    const parent = await srv.newcomer()
    const request = {
      code,
      studentName: kid.name,
      studentNo: kid.studentNo,
      relation: 'grandmother' as const,
      applicantName: '刘秀兰',
      noticeVersion: PRIVACY_NOTICE.version,
      guardianConsent: true as const,
      sensitiveConsent: false,
    }
    ok(await srv.call(parent, 'accounts', 'requestBinding', request))
    expect((await mine(headOf, withPending._id))!.pendingBindings).toBe(pendingIn(withPending._id) + 1)
    const waiting = ok(await srv.call(headOf, 'accounts', 'pendingBindings', { classId: withPending._id })).pending
    const first = waiting[0]!
    ok(await srv.call(headOf, 'accounts', 'decideBinding', { bindingId: first.bindingId, version: first.version, approve: true }))
    expect((await mine(headOf, withPending._id))!.pendingBindings).toBe(pendingIn(withPending._id))
  })
})

describe('round trips', () => {
  /** More children in the class, each with a family, a guardian without a smartphone, a binding and a claim. */
  async function growClass(n: number) {
    const ops = Array.from({ length: n }, (_, i) => {
      const id = `x${String(i).padStart(3, '0')}`
      const student = {
        ...demo.students.find((s) => s.classId === CLASS_ID)!,
        _id: `stu-${id}`,
        familyId: `fam-${id}`,
        studentNo: `9${id}`,
      }
      return [
        { kind: 'insert' as const, coll: 'students' as const, doc: student },
        { kind: 'insert' as const, coll: 'families' as const, doc: { _id: `fam-${id}`, schoolId: demo.schoolId } },
        {
          kind: 'insert' as const,
          coll: 'guardians' as const,
          doc: {
            _id: `gdn-${id}`,
            schoolId: demo.schoolId,
            familyId: `fam-${id}`,
            name: '王奶奶',
            relation: 'grandmother',
            offline: true,
            userId: null,
          },
        },
      ]
    }).flat()
    expect(await srv.store.batch(ops)).toEqual({ ok: true })
  }

  async function trips(fn: () => Promise<unknown>) {
    const before = srv.store.roundTrips
    await fn()
    return srv.store.roundTrips - before
  }

  test('a roster page and the class list read the same number of times however big the class', async () => {
    const page = () => srv.call(head, 'roster', 'classStudents', { classId: CLASS_ID, pageSize: 20 })
    const classes = () => srv.call(head, 'roster', 'myClasses')
    // One of the families already has a visit: own visits are read too.
    const option = { startAt: '2026-12-03T15:00:00+08:00', endAt: '2026-12-03T16:00:00+08:00', format: 'home' as const, place: null }
    const first = (await rows(head)).sort((a, b) => a.studentNo.localeCompare(b.studentNo))[0]!
    ok(await srv.call(head, 'visits', 'propose', { studentId: first.studentId, topic: '家访', options: [option] }))
    const small = [await trips(page), await trips(classes)]
    await growClass(80)
    expect(ok(await page()).total).toBe(inClass(CLASS_ID).length + 80)
    expect([await trips(page), await trips(classes)]).toEqual(small)
    const last = ok(await srv.call(head, 'roster', 'classStudents', { classId: CLASS_ID, pageSize: 20, page: 4 }))
    expect(last.students.every((s) => s.wechat === 'offline')).toBe(true)
  })
})
