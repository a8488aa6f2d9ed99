// Two guardians of one child answer the same proposal: the one who comes second is told, in plain
// words, that the other guardian already acted and what they did.
import type { VisitView } from '../../src/core/contract/visits.contract'
import { PRIVACY_NOTICE } from '../../src/core/privacy/notice'
import { demo } from '../support/demo'
import { ok, serverOnMovedClock } from '../support/test-server'
import { slot as videoSlot } from '../support/visits'
import type { CallInput } from '../../src/client/api'

const { srv } = serverOnMovedClock()

const slot = (day: string, from: string, to: string) => videoSlot(day, from, to, 'video')

/** A child of the class (one class per test: each head teacher's calendar stays free) with an approved parent, a second guardian bound too, and a fresh proposal. */
async function twoGuardians(classId: string) {
  const b = demo.bindings.find((x) => x.status === 'approved' && x.classId === classId)!
  const child = demo.students.find((s) => s._id === b.studentId)!
  const head = demo.headTeacher(classId)
  const second = await srv.newcomer()
  const { code } = ok(await srv.call(head, 'accounts', 'classInvite', { classId }))
  const req = ok(
    await srv.call(second, 'accounts', 'requestBinding', {
      code,
      studentName: child.name,
      studentNo: child.studentNo,
      relation: 'grandmother',
      applicantName: '张桂兰',
      noticeVersion: PRIVACY_NOTICE.version,
      guardianConsent: true,
      sensitiveConsent: false,
    }),
  )
  const pending = ok(await srv.call(head, 'accounts', 'pendingBindings', { classId })).pending.find((p) => p.bindingId === req.bindingId)!
  ok(await srv.call(head, 'accounts', 'decideBinding', { bindingId: req.bindingId, version: pending.version, approve: true }))
  const v = ok(
    await srv.call(head, 'visits', 'propose', {
      studentId: child._id,
      topic: '家访',
      options: [slot('11', '18:30', '19:00'), slot('12', '18:30', '19:00')],
    }),
  )
  return { first: b.userId, second, head, v }
}

type Command = CallInput<'visits', 'respond'>['command']
const respond = (userId: string, v: VisitView, command: Command) =>
  srv.call(userId, 'visits', 'respond', { visitId: v.visitId, version: v.version, command })

test('the other guardian accepted first: a late accept and a late counter-offer say so, with the agreed time', async () => {
  const { first, second, v } = await twoGuardians('cls-qs-6-2')
  ok(await respond(first, v, { kind: 'accept', optionId: v.options[0]!.id }))

  const late = await respond(second, v, { kind: 'accept', optionId: v.options[1]!.id })
  expect(late).toMatchObject({
    ok: false,
    error: { code: 'DATA.CONFLICT', message: '孩子的另一位家长已确认了 12月11日 18:30，请看最新安排' },
  })

  // Even with the page refreshed, an answer the visit no longer takes names who acted.
  const fresh = ok(await srv.call(second, 'visits', 'get', { visitId: v.visitId }))
  const counter = await respond(second, fresh, { kind: 'counter', options: [slot('13', '19:00', '19:30')], text: '' })
  expect(counter).toMatchObject({ ok: false, error: { message: '孩子的另一位家长已确认了 12月11日 18:30，请看最新安排' } })
})

test('the other guardian changed the time first: the late one is told to look at the new times', async () => {
  const { first, second, v } = await twoGuardians('cls-qs-5-1')
  ok(await respond(first, v, { kind: 'counter', options: [slot('14', '19:00', '19:30')], text: '' }))
  const late = await respond(second, v, { kind: 'accept', optionId: v.options[0]!.id })
  expect(late).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT', message: '孩子的另一位家长刚刚改了时间，请看最新安排' } })
})

test('the other guardian’s answer lands between reading the visit and writing ours: the late one is told who', async () => {
  const { first, second, v } = await twoGuardians('cls-qs-4-1')
  // The first guardian's accept is slipped in just before the second's write, every time (no timing luck).
  const store = srv.store
  const batch = store.batch.bind(store)
  let slipped = false
  store.batch = async (ops) => {
    if (!slipped) {
      slipped = true
      ok(await respond(first, v, { kind: 'accept', optionId: v.options[0]!.id }))
    }
    return batch(ops)
  }
  try {
    const late = await respond(second, v, { kind: 'accept', optionId: v.options[1]!.id })
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'DATA.CONFLICT', message: '孩子的另一位家长已确认了 12月11日 18:30，请看最新安排' },
    })
  } finally {
    store.batch = batch
  }
  expect(ok(await srv.call(second, 'visits', 'get', { visitId: v.visitId })).agreed?.option.id).toBe(v.options[0]!.id)
})

test('the teacher changed the time first: the parent is told it was the teacher', async () => {
  const { first, head, v } = await twoGuardians('cls-qs-6-1')
  ok(await respond(head, v, { kind: 'cancel', reason: '学校临时安排培训' }))
  const late = await respond(first, v, { kind: 'accept', optionId: v.options[0]!.id })
  expect(late).toMatchObject({
    ok: false,
    error: { code: 'DATA.CONFLICT', message: `${demo.staffOf(head).name}老师已取消了这次家访，请看最新安排` },
  })
})
