// The prep pack: read by the visit's teacher and co-visitors only, once agreed; written by its teacher with
// compare-and-set; the gate answers PREP.INCOMPLETE with what is missing until the pack is complete.
import { prepGate } from '../../src/api/routes/visits/prep-gate'
import { demo } from '../support/demo'
import { sampleRecord } from '../support/record'
import { CLASS, familyNo, headTeacher, leader } from '../support/covisit'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'
import { buildScheduled } from '../support/builders'
import { agreedVisit, proposeVisit, slot } from '../support/visits'

const { srv } = serverOnMovedClock()

const family = familyNo(2)
const pack = (visitId: string, version: number) => ({
  visitId,
  version,
  outline: [{ domain: 'moral' as const, kind: 'strength' as const, text: '乐于帮助同学' }],
  questions: ['孩子在家每天读书多久？'],
  talkedWithStudent: true,
})
let visitId = ''

beforeAll(async () => {
  visitId = (await agreedVisit(srv, headTeacher(), family, slot('05', '15:00', '16:00'))).visitId
  // The leader asks to join and the head teacher accepts: a co-visitor.
  const { requestId } = ok(await srv.call(leader(), 'visits', 'requestJoin', { studentId: family.student._id }))
  ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: true }))
})

test('the visit’s teacher opens an empty pack: everything missing, no previous visit, no strategies yet', async () => {
  const view = ok(await srv.call(headTeacher(), 'visits', 'getPrep', { visitId }))
  expect(view).toMatchObject({ version: 0, readOnly: false, outline: [], questions: [], talkedWithStudent: false, requests: [] })
  expect(view.missing).toHaveLength(3)
  expect(view.studentNames).toEqual([family.student.name])
  expect(view.lastStrategies).toEqual([])
})

test('the gate says PREP.INCOMPLETE with the missing list until the pack is complete', async () => {
  const before = await prepGate(srv.store, visitId)
  expect(before).toMatchObject({ ok: false, error: { code: 'PREP.INCOMPLETE' } })
  expect(!before.ok && (before.error.details as { missing: string[] }).missing).toHaveLength(3)
  const half = ok(await srv.call(headTeacher(), 'visits', 'savePrep', { ...pack(visitId, 0), talkedWithStudent: false }))
  expect(half.missing).toEqual(['家访前先和孩子谈一谈，并勾选“已和孩子谈过”'])
  const still = await prepGate(srv.store, visitId)
  expect(!still.ok && still.error.message).toContain('已和孩子谈过')
  const done = ok(await srv.call(headTeacher(), 'visits', 'savePrep', pack(visitId, half.version)))
  expect(done.missing).toEqual([])
  expect(await prepGate(srv.store, visitId)).toEqual({ ok: true, data: true })
})

test('a stale version is a conflict and changes nothing; two devices saving from one version: one wins', async () => {
  const seen = ok(await srv.call(headTeacher(), 'visits', 'getPrep', { visitId }))
  const before = await fingerprint(srv.store)
  const stale = await srv.call(headTeacher(), 'visits', 'savePrep', { ...pack(visitId, seen.version - 1), questions: ['别的'] })
  expect(stale).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT' } })
  expect(await fingerprint(srv.store)).toBe(before)
  // Two devices saving from the same version: one wins, the other is told to refresh.
  const [a, b] = await Promise.all([
    srv.call(headTeacher(), 'visits', 'savePrep', { ...pack(visitId, seen.version), questions: ['甲'] }),
    srv.call(headTeacher(), 'visits', 'savePrep', { ...pack(visitId, seen.version), questions: ['乙'] }),
  ])
  expect([a, b].filter((r) => r.ok)).toHaveLength(1)
  expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'DATA.CONFLICT' } })
})

test('a co-visitor reads the pack but cannot save it', async () => {
  const view = ok(await srv.call(leader(), 'visits', 'getPrep', { visitId }))
  expect(view.readOnly).toBe(true)
  expect(view.questions.length).toBe(1)
  const before = await fingerprint(srv.store)
  const save = await srv.call(leader(), 'visits', 'savePrep', pack(visitId, view.version))
  expect(save).toMatchObject({ ok: false, error: { code: 'PREP.READ_ONLY' } })
  expect(await fingerprint(srv.store)).toBe(before)
})

test.each([
  ['a parent of the family', () => family.parent],
  ['a teacher of the class who is not on the visit', () => demo.teacherOf(CLASS, true)],
  ['a head teacher of another school', () => demo.headTeacherOfOtherSchool()],
])('%s: the visit is not there, exactly as a missing one', async (_name, who) => {
  const missing = await srv.call(headTeacher(), 'visits', 'getPrep', { visitId: 'vis-nothing' })
  const before = await fingerprint(srv.store)
  for (const res of [
    await srv.call(who(), 'visits', 'getPrep', { visitId }),
    await srv.call(who(), 'visits', 'savePrep', pack(visitId, 1)),
  ]) {
    if (!res.ok && res.error.code === 'AUTH.FORBIDDEN') continue // a parent is refused by role before any lookup
    expect(res).toEqual(missing)
  }
  expect(await fingerprint(srv.store)).toBe(before)
})

test('before the parent agrees there is no pack yet: a clear message', async () => {
  const open = await proposeVisit(srv, headTeacher(), familyNo(3))
  const res = await srv.call(headTeacher(), 'visits', 'getPrep', { visitId: open.visitId })
  expect(res).toMatchObject({ ok: false, error: { code: 'PREP.NOT_AGREED', message: '家长确认家访时间后，才能开始家访准备' } })
})

test.each([
  ['16 outline items', { outline: Array.from({ length: 16 }, () => pack('', 0).outline[0]!) }, '提纲最多写15条'],
  ['a 201-character point', { outline: [{ domain: 'moral', kind: 'strength', text: '好'.repeat(201) }] }, '要点不能超过200个字'],
  ['11 questions', { questions: Array.from({ length: 11 }, () => '问题') }, '问题最多写10个'],
  ['a 101-character question', { questions: ['问'.repeat(101)] }, '问题不能超过100个字'],
  ['an unknown domain', { outline: [{ domain: 'iq', kind: 'strength', text: '好' }] }, '请选择德智体美劳中的哪一方面'],
])('bad input (%s): a Chinese message, nothing written', async (_name, over, message) => {
  const before = await fingerprint(srv.store)
  const res = await srv.callRaw(headTeacher(), 'visits', 'savePrep', { ...pack(visitId, 9), ...over })
  expect(res).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  expect(!res.ok && res.error.message).toContain(message)
  expect(await fingerprint(srv.store)).toBe(before)
})

test('the family’s visit of an earlier period is offered as a hint: its topic and day; a cancelled one is not', async () => {
  const old = { familyId: family.student.familyId, studentIds: [family.student._id], schoolId: demo.schoolId, periodId: '2025-2026-2' }
  const held = buildScheduled({
    ...old,
    _id: 'vis-prep-old',
    status: 'completed',
    topic: '聊聊暑假安排',
    startAt: '2026-05-12T07:00:00.000Z',
  })
  const later = buildScheduled({
    ...old,
    _id: 'vis-prep-cancelled',
    status: 'cancelled',
    topic: '取消了',
    startAt: '2026-06-02T07:00:00.000Z',
  })
  for (const v of [held, later]) {
    const { _v, ...doc } = v
    void _v
    await srv.store.insert('visits', doc)
  }
  const view = ok(await srv.call(headTeacher(), 'visits', 'getPrep', { visitId }))
  expect(view.previous).toEqual({ topic: '聊聊暑假安排', date: '2026年5月12日' })
  expect(view.lastStrategies).toEqual([])
  // With that visit's record, what was agreed then is carried into this pack.
  const record = sampleRecord({ strategies: ['每天一起阅读二十分钟', '周末一起做家务'] })
  await srv.direct.insert('visit_records', {
    _id: held._id,
    visitId: held._id,
    schoolId: demo.schoolId,
    familyId: family.student.familyId,
    authorId: 'stf-old',
    authorName: '王老师',
    version: 1,
    record,
    firstSubmittedAt: '2026-05-13T02:00:00.000Z',
    updatedAt: '2026-05-13T02:00:00.000Z',
  })
  const again = ok(await srv.call(headTeacher(), 'visits', 'getPrep', { visitId }))
  expect(again.lastStrategies).toEqual(['每天一起阅读二十分钟', '周末一起做家务'])
})
