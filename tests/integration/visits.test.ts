// Agreeing a visit end to end on the real local database, with a frozen clock. Each test builds the
// visit it needs (tests/support/visits.ts): any one of them runs alone, in any order.
import { demo } from '../support/demo'
import { fingerprint, ok, startTestServer, TEST_SECRET, type TestServer } from '../support/test-server'
import { agreedVisit, counterVisit, proposeVisit, slot } from '../support/visits'
import type { CallInput } from '../../src/client/api'
import { signSession } from '../../src/server/session'

const now = new Date('2026-12-01T02:00:00.000Z') // Tuesday 10:00 in Shanghai
/** The server of the pressure tests: each of them uses its own class or family. */
let srv: TestServer
beforeAll(async () => {
  srv = await startTestServer({ clock: () => now })
})
afterAll(() => srv.close())

/** Families of the class that have an approved parent on WeChat, one per test. */
const families = demo.familiesOf
const [famA, famB, famC, famD] = families('cls-qs-2-1')
const [famE] = families('cls-qs-5-2')
const headA = demo.headTeacher('cls-qs-2-1')
/** The evening of the 5th that famA's parent offers and the teacher accepts in `agreedVisit`. */
const SAT_EVENING = slot('05', '18:30', '19:15')

describe('propose and agree', () => {
  // A fresh district per test: no test sees another's visits.
  let srv: TestServer
  beforeEach(async () => {
    srv = await startTestServer({ clock: () => now })
  })
  afterEach(() => srv.close())

  test('the teacher proposes; the parent sees plain options and only their own buttons', async () => {
    const v = await proposeVisit(srv, headA, famA!)
    const { visitId } = v
    expect(v).toMatchObject({
      status: 'awaiting_parent',
      mySide: 'teacher',
      actions: ['cancel', 'phone_agreement'],
      videoReady: false,
      receipt: null,
    })
    const parentView = ok(await srv.call(famA!.parent, 'visits', 'get', { visitId }))
    expect(parentView).toMatchObject({
      mySide: 'parent',
      actions: ['accept', 'counter', 'cancel', 'decline_home'],
      teacherName: demo.staffOf(headA).name,
    })
    expect(parentView.studentNames).toContain(famA!.student.name)
    const list = ok(await srv.call(famA!.parent, 'visits', 'myFamilyVisits', {}))
    expect(list.visits.map((x) => x.visitId)).toEqual([visitId])
  })

  test('another family’s parent and other teachers cannot see it', async () => {
    const { visitId } = await proposeVisit(srv, headA, famA!)
    expect(await srv.call(famB!.parent, 'visits', 'get', { visitId })).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    expect(await srv.call(demo.headTeacher('cls-qs-3-1'), 'visits', 'get', { visitId })).toMatchObject({
      ok: false,
      error: { code: 'DATA.NOT_FOUND' },
    })
  })

  test('a second teacher is told who already has the family', async () => {
    await proposeVisit(srv, headA, famA!)
    const other = demo.principal()
    const res = await srv.call(other, 'visits', 'propose', {
      studentId: famA!.student._id,
      topic: '数学学习',
      options: [slot('05', '10:00', '10:30', 'video')],
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.FAMILY_CLAIMED' } })
    expect(!res.ok && res.error.message).toContain(`已由 ${demo.staffOf(headA).name} 安排`)
  })

  test('counter-offer → teacher accepts → both see the same consent receipt', async () => {
    const { visitId } = await proposeVisit(srv, headA, famA!)
    const countered = await counterVisit(srv, famA!, visitId, SAT_EVENING)
    expect(countered).toMatchObject({ status: 'awaiting_teacher', actions: ['cancel'] })
    const t = ok(await srv.call(headA, 'visits', 'get', { visitId }))
    expect(t.actions).toEqual(['accept', 'counter', 'cancel', 'phone_agreement'])
    const agreed = ok(
      await srv.call(headA, 'visits', 'respond', { visitId, version: t.version, command: { kind: 'accept', optionId: t.options[0]!.id } }),
    )
    expect(agreed.status).toBe('scheduled')
    const fromParent = ok(await srv.call(famA!.parent, 'visits', 'get', { visitId }))
    expect(fromParent.receipt).toEqual(agreed.receipt)
    expect(agreed.receipt).toMatchObject({
      format: 'home',
      startAt: '2026-12-05T10:30:00.000Z',
      teacherName: demo.staffOf(headA).name,
      viaPhone: false,
    })
    expect(agreed.receipt!.parentConfirmedAt).toBe(t.thread[1]!.at)
    expect(agreed.receipt!.whoSees).toMatch(/班主任/)
    expect(fromParent.actions).toEqual(['reschedule', 'cancel'])
  })

  test('the teacher’s calendar refuses a clashing window (travel time included)', async () => {
    await agreedVisit(srv, headA, famA!, SAT_EVENING)
    const res = await srv.call(headA, 'visits', 'propose', {
      studentId: famB!.student._id,
      topic: '了解情况',
      options: [slot('05', '19:15', '19:45', 'video')],
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.CLASH' } })
    ok(
      await srv.call(headA, 'visits', 'propose', {
        studentId: famB!.student._id,
        topic: '了解情况',
        options: [slot('05', '19:30', '20:00', 'video')],
      }),
    )
  })

  test('rescheduling goes back to agreement and frees the slot; history is kept', async () => {
    const { visitId } = await agreedVisit(srv, headA, famA!, SAT_EVENING)
    const v = ok(await srv.call(famA!.parent, 'visits', 'get', { visitId }))
    const moved = ok(
      await srv.call(famA!.parent, 'visits', 'respond', {
        visitId,
        version: v.version,
        command: { kind: 'reschedule', options: [slot('06', '15:00', '16:00')], text: '临时有事' },
      }),
    )
    expect(moved).toMatchObject({ status: 'awaiting_teacher', agreed: null, receipt: null })
    expect(moved.thread.map((e) => e.kind)).toEqual(['propose', 'counter', 'accept', 'reschedule'])
    // The freed evening slot can now be used for another family.
    const c = ok(
      await srv.call(headA, 'visits', 'propose', {
        studentId: famC!.student._id,
        topic: '了解情况',
        options: [slot('05', '18:30', '19:00', 'video')],
      }),
    )
    const pc = ok(
      await srv.call(famC!.parent, 'visits', 'respond', {
        visitId: c.visitId,
        version: c.version,
        command: { kind: 'accept', optionId: c.options[0]!.id },
      }),
    )
    expect(pc.status).toBe('scheduled')
  })

  test('a teacher cancelling a required visit leaves a make-up need and frees the family', async () => {
    const { visitId } = await agreedVisit(srv, headA, famA!, SAT_EVENING)
    const v = ok(await srv.call(headA, 'visits', 'get', { visitId }))
    expect(
      await srv.call(headA, 'visits', 'respond', { visitId, version: v.version, command: { kind: 'cancel', reason: '' } }),
    ).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
    const cancelled = ok(
      await srv.call(headA, 'visits', 'respond', { visitId, version: v.version, command: { kind: 'cancel', reason: '学校临时安排培训' } }),
    )
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelledBy: 'teacher', makeUpNeeded: true, actions: [] })
    expect(ok(await srv.call(famA!.parent, 'visits', 'get', { visitId })).cancelReason).toBe('学校临时安排培训')
    ok(
      await srv.call(headA, 'visits', 'propose', {
        studentId: famA!.student._id,
        topic: '补访',
        options: [slot('08', '16:00', '17:00', 'school')],
      }),
    )
  })
})

describe('rules that must hold under pressure', () => {
  test('many teachers proposing to one family at once: exactly one claim', async () => {
    // Everyone here may visit the family (head teacher, principal, leader); some ask twice.
    const teachers = [headA, demo.principal(), demo.withRole('leader'), headA, demo.principal()]
    const results = await Promise.all(
      teachers.map((t, i) =>
        srv.call(t, 'visits', 'propose', {
          studentId: famD!.student._id,
          topic: '家访',
          options: [slot('09', `1${i}:00`, `1${i}:30`, 'video')],
        }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((r) => !r.ok)) expect(['VISIT.FAMILY_CLAIMED', 'VISIT.ALREADY_PROPOSED']).toContain(r.error.code)
  })

  test('a parent accepting while the teacher cancels: exactly one outcome, no lost update', async () => {
    const headE = demo.headTeacher('cls-qs-5-2')
    const v = ok(
      await srv.call(headE, 'visits', 'propose', {
        studentId: famE!.student._id,
        topic: '家访',
        options: [slot('10', '15:00', '15:30', 'video')],
      }),
    )
    const [acc, can] = await Promise.all([
      srv.call(famE!.parent, 'visits', 'respond', {
        visitId: v.visitId,
        version: v.version,
        command: { kind: 'accept', optionId: v.options[0]!.id },
      }),
      srv.call(headE, 'visits', 'respond', { visitId: v.visitId, version: v.version, command: { kind: 'cancel', reason: '改天' } }),
    ])
    expect([acc.ok, can.ok].filter(Boolean)).toHaveLength(1)
    const loser = acc.ok ? can : acc
    expect(!loser.ok && loser.error.code).toBe('DATA.CONFLICT')
    const final = ok(await srv.call(headE, 'visits', 'get', { visitId: v.visitId }))
    expect(final.version).toBe(v.version + 1)
    expect(final.status).toBe(acc.ok ? 'scheduled' : 'cancelled')
  })

  test('two guardians of one child and the teacher all answering at once: exactly one wins', async () => {
    const [f] = families('cls-qs-6-1')
    const head = demo.headTeacher('cls-qs-6-1')
    // A second guardian binds the same child.
    const second = await srv.newcomer()
    const { code } = ok(await srv.call(head, 'accounts', 'classInvite', { classId: 'cls-qs-6-1' }))
    const { PRIVACY_NOTICE } = await import('../../src/core/privacy/notice')
    const req = ok(
      await srv.call(second, 'accounts', 'requestBinding', {
        code,
        studentName: f!.student.name,
        studentNo: f!.student.studentNo,
        relation: 'grandmother',
        applicantName: '张桂兰',
        noticeVersion: PRIVACY_NOTICE.version,
        guardianConsent: true,
        sensitiveConsent: false,
      }),
    )
    const pending = ok(await srv.call(head, 'accounts', 'pendingBindings', { classId: 'cls-qs-6-1' })).pending.find(
      (p) => p.bindingId === req.bindingId,
    )!
    ok(await srv.call(head, 'accounts', 'decideBinding', { bindingId: req.bindingId, version: pending.version, approve: true }))

    const v = ok(
      await srv.call(head, 'visits', 'propose', {
        studentId: f!.student._id,
        topic: '家访',
        options: [slot('16', '15:00', '15:30', 'video'), slot('17', '15:00', '15:30', 'video')],
      }),
    )
    const cmd = (command: CallInput<'visits', 'respond'>['command']) => ({ visitId: v.visitId, version: v.version, command })
    const calls = [
      srv.call(f!.parent, 'visits', 'respond', cmd({ kind: 'accept', optionId: v.options[0]!.id })),
      srv.call(second, 'visits', 'respond', cmd({ kind: 'accept', optionId: v.options[1]!.id })),
      srv.call(second, 'visits', 'respond', cmd({ kind: 'counter', options: [slot('18', '19:00', '19:30', 'video')] })),
      srv.call(f!.parent, 'visits', 'respond', cmd({ kind: 'decline_home', options: [] })),
      srv.call(head, 'visits', 'respond', cmd({ kind: 'cancel', reason: '冲突' })),
      ...Array.from({ length: 5 }, (_, i) =>
        srv.call(i % 2 ? second : f!.parent, 'visits', 'respond', cmd({ kind: 'accept', optionId: v.options[i % 2]!.id })),
      ),
    ]
    const results = await Promise.all(calls)
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((r) => !r.ok)) expect(r.error.code).toBe('DATA.CONFLICT')
    const final = ok(await srv.call(head, 'visits', 'get', { visitId: v.visitId }))
    expect(final.version).toBe(v.version + 1)
    expect(final.thread).toHaveLength(2)
  })

  test('two families accepting the same teacher slot at once: one gets it, the other is told', async () => {
    const [f1, f2] = families('cls-qs-2-2')
    const head = demo.headTeacher('cls-qs-2-2')
    const when = slot('11', '15:00', '16:00')
    const v1 = ok(await srv.call(head, 'visits', 'propose', { studentId: f1!.student._id, topic: '家访', options: [when] }))
    const v2 = ok(await srv.call(head, 'visits', 'propose', { studentId: f2!.student._id, topic: '家访', options: [when] }))
    const res = await Promise.all([
      srv.call(f1!.parent, 'visits', 'respond', {
        visitId: v1.visitId,
        version: v1.version,
        command: { kind: 'accept', optionId: v1.options[0]!.id },
      }),
      srv.call(f2!.parent, 'visits', 'respond', {
        visitId: v2.visitId,
        version: v2.version,
        command: { kind: 'accept', optionId: v2.options[0]!.id },
      }),
    ])
    expect(res.filter((r) => r.ok)).toHaveLength(1)
    expect(res.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'VISIT.SLOT_TAKEN' } })
  })

  test('a retried request (same request id) is applied once', async () => {
    const [f] = families('cls-qs-3-1')
    const head = demo.headTeacher('cls-qs-3-1')
    const token = signSession(head, TEST_SECRET)
    const body = {
      action: 'propose',
      requestId: 'tap-42',
      input: { studentId: f!.student._id, topic: '家访', options: [slot('12', '09:00', '09:30', 'video')] },
    }
    const a = await srv.post('/api/visits', body, token)
    const b = await srv.post('/api/visits', body, token)
    expect(b.json).toEqual(a.json)
    expect(await srv.store.count('visits', { familyId: f!.student.familyId })).toBe(1)
  })

  test('windows in the past are refused', async () => {
    const [f] = families('cls-qs-3-2')
    const res = await srv.call(demo.headTeacher('cls-qs-3-2'), 'visits', 'propose', {
      studentId: f!.student._id,
      topic: '家访',
      options: [slot('01', '09:00', '09:30', 'video')],
    })
    expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.PAST' } })
  })

  test('a phone agreement names one of the family’s registered guardians, by id', async () => {
    const kid = demo.students.find((s) => s.classId === 'cls-qs-4-2' && !demo.bindings.some((b) => b.studentId === s._id))!
    const guardians = demo.guardians.filter((g) => g.familyId === kid.familyId)
    const head = demo.headTeacher('cls-qs-4-2')
    const v = ok(await srv.call(head, 'visits', 'propose', { studentId: kid._id, topic: '家访', options: [slot('14', '15:00', '16:00')] }))
    // The teacher is offered the family's guardians: names and relations, nothing sensitive (nobody here is on WeChat).
    expect(v.family?.guardians).toEqual(guardians.map((g) => ({ guardianId: g._id, name: g.name, relation: g.relation, onWeChat: false })))
    expect(v.family?.headClass).toMatchObject({ classId: 'cls-qs-4-2' })
    const chosen = guardians.at(-1)!
    const done = ok(
      await srv.call(head, 'visits', 'respond', {
        visitId: v.visitId,
        version: v.version,
        command: { kind: 'phone_agreement', option: slot('14', '16:30', '17:30'), guardianId: chosen._id },
      }),
    )
    expect(done.receipt).toMatchObject({ viaPhone: true, parentName: chosen.name, startAt: '2026-12-14T08:30:00.000Z' })
    expect(done.agreed).toMatchObject({ guardianId: chosen._id, parentName: chosen.name })
  })

  test('a phone agreement naming a guardian of another family, or an unknown one, is refused and writes nothing', async () => {
    const [f] = families('cls-qs-5-1')
    const head = demo.headTeacher('cls-qs-5-1')
    const v = ok(
      await srv.call(head, 'visits', 'propose', { studentId: f!.student._id, topic: '家访', options: [slot('15', '15:00', '16:00')] }),
    )
    const foreign = demo.guardians.find((g) => g.familyId !== f!.student.familyId)!
    const print = await fingerprint(srv.store)
    for (const guardianId of [foreign._id, 'gdn-nobody']) {
      const res = await srv.call(head, 'visits', 'respond', {
        visitId: v.visitId,
        version: v.version,
        command: { kind: 'phone_agreement', option: slot('15', '16:30', '17:30'), guardianId },
      })
      expect(res).toMatchObject({ ok: false, error: { code: 'VISIT.NOT_A_GUARDIAN' } })
      expect(!res.ok && res.error.message).toMatch(/已登记的家长/)
    }
    expect(await fingerprint(srv.store)).toBe(print)
    // The parent's view of the same visit carries no family data at all.
    expect(ok(await srv.call(f!.parent, 'visits', 'get', { visitId: v.visitId })).family).toBeNull()
  })
})
