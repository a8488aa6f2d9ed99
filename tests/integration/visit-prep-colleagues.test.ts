// Colleagues' input: the visit's teacher asks colleagues who teach the child; each gets one request and a
// neutral inbox item; they answer (and may answer again); the answers appear in the pack.
import { demo } from '../support/demo'
import { CLASS, familyNo, headTeacher, leader } from '../support/covisit'
import { fingerprint, ok, serverOnMovedClock } from '../support/test-server'
import { agreedVisit, slot } from '../support/visits'

const { srv, at, now } = serverOnMovedClock()

const family = familyNo(1)
const classTeacher = () => demo.teacherOf(CLASS, true)
const staffIdOf = (userId: string) => demo.staffOf(userId)._id
let visitId = ''

beforeAll(async () => {
  visitId = (await agreedVisit(srv, headTeacher(), family, slot('07', '15:00', '16:00'))).visitId
  const { requestId } = ok(await srv.call(leader(), 'visits', 'requestJoin', { studentId: family.student._id }))
  ok(await srv.call(headTeacher(), 'visits', 'answerJoin', { requestId, accept: true }))
})

test('the colleagues offered: those who teach the child, with why; never the teacher, never another grade', async () => {
  const { colleagues } = ok(await srv.call(headTeacher(), 'visits', 'prepColleagues', { visitId }))
  const mine = colleagues.find((c) => c.staffId === staffIdOf(classTeacher()))!
  expect(mine.why).toMatch(/老师$/)
  expect(colleagues.some((c) => c.staffId === staffIdOf(headTeacher()))).toBe(false)
  const other = demo.staff.find(
    (s) => s.schoolId === demo.schoolId && s.teachings.length && s.teachings.every((t) => !t.classId.startsWith('cls-qs-3')),
  )
  if (other) expect(colleagues.some((c) => c.staffId === other._id)).toBe(false)
  expect(await srv.call(leader(), 'visits', 'prepColleagues', { visitId })).toMatchObject({ ok: false, error: { code: 'PREP.READ_ONLY' } })
})

test('asking: one request and one neutral inbox item per colleague, a retry changes nothing', async () => {
  const colleague = classTeacher()
  const input = { visitId, staffIds: [staffIdOf(colleague)] }
  const [view, twin] = await Promise.all([
    srv.call(headTeacher(), 'visits', 'askColleagues', input).then(ok),
    srv.call(headTeacher(), 'visits', 'askColleagues', input).then(ok),
  ])
  expect(twin.requests).toHaveLength(1)
  expect(view.requests).toEqual([expect.objectContaining({ staffName: demo.nameOf(colleague), text: null })])
  const before = await fingerprint(srv.store)
  ok(await srv.call(headTeacher(), 'visits', 'askColleagues', input))
  expect(await fingerprint(srv.store)).toBe(before)
  const items = await srv.direct.find('inbox', { where: { userId: colleague }, limit: 100 })
  const item = items.find((i) => i.title === '同事请你提供情况')!
  expect(item.body).toBe(`${demo.nameOf(headTeacher())}老师请您为一次家访提供学生情况，请打开回复一两句。`)
  expect(item.body).not.toContain(family.student.name)
  const list = ok(await srv.call(colleague, 'visits', 'myPrepRequests', {}))
  expect(list.open).toBe(1)
  expect(list.requests[0]).toMatchObject({ askedByName: demo.nameOf(headTeacher()), studentNames: [family.student.name], state: 'open' })
})

test('the colleague answers, answers again (kept with its time); the teacher and co-visitor see it in the pack', async () => {
  const colleague = classTeacher()
  const { requests } = ok(await srv.call(colleague, 'visits', 'myPrepRequests', {}))
  const requestId = requests[0]!.requestId
  ok(await srv.call(colleague, 'visits', 'answerPrepRequest', { requestId, text: '上课发言积极' }))
  at('2026-12-01T03:00:00.000Z')
  const again = ok(await srv.call(colleague, 'visits', 'answerPrepRequest', { requestId, text: '上课发言积极，字写得工整' }))
  expect(again).toMatchObject({ state: 'answered', answeredAt: now().toISOString() })
  const before = await fingerprint(srv.store)
  ok(await srv.call(colleague, 'visits', 'answerPrepRequest', { requestId, text: '上课发言积极，字写得工整' })) // a retry
  expect(await fingerprint(srv.store)).toBe(before)
  expect(ok(await srv.call(colleague, 'visits', 'myPrepRequests', {})).open).toBe(0)
  for (const who of [headTeacher(), leader()]) {
    const pack = ok(await srv.call(who, 'visits', 'getPrep', { visitId }))
    expect(pack.requests[0]).toMatchObject({ text: '上课发言积极，字写得工整', answeredAt: now().toISOString() })
  }
  const told = await srv.direct.find('inbox', { where: { userId: headTeacher() }, limit: 100 })
  expect(told.filter((i) => i.title === '同事提供了学生情况').every((i) => !String(i.body).includes(family.student.name))).toBe(true)
})

test('only the asked colleague answers: anyone else gets not-found, nothing written', async () => {
  const requestId = `prq:${visitId}:${staffIdOf(classTeacher())}`
  const missing = await srv.call(leader(), 'visits', 'answerPrepRequest', { requestId: 'prq:none', text: '好' })
  const before = await fingerprint(srv.store)
  for (const who of [headTeacher(), leader(), demo.headTeacherOfOtherSchool()]) {
    expect(await srv.call(who, 'visits', 'answerPrepRequest', { requestId, text: '好' })).toEqual(missing)
  }
  expect(await fingerprint(srv.store)).toBe(before)
})

test('asking someone who does not teach the child, or from another school, or as a co-visitor: refused, nothing written', async () => {
  const before = await fingerprint(srv.store)
  const stranger = demo.staffOf(demo.headTeacherOfOtherSchool())._id
  expect(await srv.call(headTeacher(), 'visits', 'askColleagues', { visitId, staffIds: [stranger] })).toMatchObject({
    ok: false,
    error: { code: 'DATA.NOT_FOUND' },
  })
  const asCo = await srv.call(leader(), 'visits', 'askColleagues', { visitId, staffIds: [staffIdOf(classTeacher())] })
  expect(asCo).toMatchObject({ ok: false, error: { code: 'PREP.READ_ONLY' } })
  const outsider = await srv.call(demo.headTeacherOfOtherSchool(), 'visits', 'askColleagues', { visitId, staffIds: [stranger] })
  expect(outsider).toEqual(await srv.call(headTeacher(), 'visits', 'getPrep', { visitId: 'vis-none' }))
  expect(await fingerprint(srv.store)).toBe(before)
})

test('a colleague who never signed in cannot be reached: told so, nothing written', async () => {
  await srv.store.insert('staff', { ...demo.staffOf(classTeacher()), _id: 'stf-prep-new', name: '新来', userId: null })
  const before = await fingerprint(srv.store)
  const res = await srv.call(headTeacher(), 'visits', 'askColleagues', { visitId, staffIds: ['stf-prep-new'] })
  expect(res).toMatchObject({
    ok: false,
    error: { code: 'PREP.NO_ACCOUNT', message: '新来老师还没有登录家访助手，暂时无法收到请求，请当面或电话联系' },
  })
  expect(await fingerprint(srv.store)).toBe(before)
})

test.each([
  ['no colleague', { staffIds: [] }, '请至少选择一位同事'],
  ['nine colleagues', { staffIds: Array.from({ length: 9 }, (_, i) => `stf-${i}`) }, '一次最多请8位同事'],
])('bad input (%s): a Chinese message, nothing written', async (_name, over, message) => {
  const before = await fingerprint(srv.store)
  const res = await srv.callRaw(headTeacher(), 'visits', 'askColleagues', { visitId, ...over })
  expect(!res.ok && res.error.message).toContain(message)
  const answer = await srv.callRaw(classTeacher(), 'visits', 'answerPrepRequest', { requestId: 'prq:x', text: '字'.repeat(301) })
  expect(!answer.ok && answer.error.message).toBe('学生情况不能超过300个字')
  expect(await fingerprint(srv.store)).toBe(before)
})
