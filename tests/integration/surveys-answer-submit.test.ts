// Answering: an answer submitted twice (a retry, two taps at once) counts once; another parent's
// questionnaire is answered as missing and a teacher cannot read any answer; "did not happen" opens a
// dispute for the leaders and the words for the school become a ticket for the class; the teacher's
// own satisfaction line says 样本不足 under 5 answers.
import { runScheduler } from '../../src/api/scheduler'
import type { Result } from '../../src/core/result'
import { signSession } from '../../src/server/session'
import { demo } from '../support/demo'
import { answerV1, guardiansOf, recordedVisit } from '../support/surveys'
import { ok, serverOnMovedClock, TEST_SECRET } from '../support/test-server'

const { srv, at: setNow } = serverOnMovedClock()

const CLASS = 'cls-qs-2-2'
const teacher = () => demo.headTeacher(CLASS)
const families = () => {
  const seen = new Set<string>()
  return demo
    .familiesOf(CLASS)
    .filter((f) => demo.approvedChildren(f.parent).length === 1 && !seen.has(f.student.familyId) && seen.add(f.student.familyId))
}
const silent = { idempotent: true, send: async () => ({ ok: true as const }) }
const sendAnswer = (userId: string, id: string, answer: unknown, requestId: string) =>
  srv.post('/api/surveys', { action: 'answer', input: { id, answer }, requestId }, signSession(userId, TEST_SECRET))

/** A visit of the i-th family recorded with its bound guardian taking part, its questionnaire sent. */
async function sentTo(i: number) {
  const f = families()[i]!
  const bound = guardiansOf(f.student.familyId).find((g) => g.userId === f.parent)!
  const visitId = await recordedVisit(srv, setNow, teacher(), f, [bound._id], [15, 9, 11, 13][i])
  await runScheduler({ store: srv.store, notifier: silent }, new Date('2026-12-02T10:00:00.000Z'), { pause: async () => {} })
  setNow('2026-12-03T02:00:00.000Z')
  const [q] = ok(await srv.call(f.parent, 'surveys', 'myQuestionnaires', {})).items
  return { f, visitId, id: q!.id }
}
const claimState = async (visitId: string) => (await srv.direct.find('claims', { where: { visitId }, limit: 1 }))[0]?.state
const answersOf = (visitId: string) => srv.direct.find('survey_answers', { where: { visitId }, limit: 10 })

test('an answer sent twice (a retry, then two taps at once) is stored once; a different one afterwards is refused', async () => {
  const { f, visitId, id } = await sentTo(0)
  const first = (await sendAnswer(f.parent, id, answerV1(), 'req-1')).json as Result<unknown>
  expect(first).toEqual({ ok: true, data: { id, state: 'answered' } })
  expect((await sendAnswer(f.parent, id, answerV1(), 'req-1')).json as Result<unknown>).toEqual(first)
  const twice = await Promise.all([
    srv.call(f.parent, 'surveys', 'answer', { id, answer: answerV1() }),
    srv.call(f.parent, 'surveys', 'answer', { id, answer: answerV1() }),
  ])
  expect(twice).toEqual([first, first])
  const other = await srv.call(f.parent, 'surveys', 'answer', { id, answer: answerV1({ satisfaction: 'dissatisfied' }) })
  expect(other).toMatchObject({ ok: false, error: { code: 'SURVEY.ANSWERED' } })
  const stored = await answersOf(visitId)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({ satisfaction: 'satisfied', tookPlace: 'as_recorded', offered: false, classId: CLASS, version: 'v1' })
  expect(ok(await srv.call(f.parent, 'surveys', 'questionnaire', { id })).state).toBe('answered')
  // The parent confirmed the visit as recorded: it now counts in 到位率.
  expect(await claimState(visitId)).toBe('confirmed')
})

test('an answer is checked against its version: a missing required answer or a stale version is refused, nothing stored', async () => {
  const { f, visitId, id } = await sentTo(1)
  const { satisfaction: _, ...partial } = answerV1().values
  const missing = await srv.callRaw(f.parent, 'surveys', 'answer', { id, answer: { version: 'v1', values: partial } })
  expect(missing).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID', message: '请选择：总体满意度' } })
  const stale = await srv.call(f.parent, 'surveys', 'answer', { id, answer: { ...answerV1(), version: 'v0' } })
  expect(stale).toMatchObject({ ok: false, error: { code: 'SURVEY.UNKNOWN_VERSION' } })
  expect(await answersOf(visitId)).toEqual([])
})

test('another parent gets "not found"; a teacher is refused the parent actions and reads no answer', async () => {
  const { f, id } = await sentTo(2)
  const stranger = families()[3]!.parent
  for (const action of ['questionnaire', 'answer'] as const) {
    const input = action === 'answer' ? { id, answer: answerV1() } : { id }
    expect(await srv.call(stranger, 'surveys', action, input)).toMatchObject({ ok: false, error: { code: 'DATA.NOT_FOUND' } })
    expect((await srv.call(teacher(), 'surveys', action, input)).ok).toBe(false)
  }
  const view = ok(await srv.call(f.parent, 'surveys', 'questionnaire', { id }))
  expect(view.questions[0]!.prompt).toBe('老师记录的家访是12月2日（周三）上午11:00，入户。实际情况是这样吗？')
})

test('"没有家访" opens a dispute for the leaders; the words for the school become a ticket for the class', async () => {
  const { f, visitId, id } = await sentTo(3)
  ok(await srv.call(f.parent, 'surveys', 'answer', { id, answer: answerV1({ took_place: 'not_held', to_school: '希望老师多联系' }) }))
  const [dispute] = await srv.direct.find('disputes', { where: { visitId }, limit: 5 })
  expect(dispute).toMatchObject({
    _id: `dispute:${id}`,
    state: 'open',
    reason: 'not_held',
    source: 'survey',
    teacherId: demo.staffOf(teacher())._id,
  })
  // Disputed: the visit stays completed but unconfirmed, and its teacher is asked for their side.
  expect(await claimState(visitId)).toBe('completed')
  const [asked] = await srv.direct
    .find('inbox', { where: { userId: teacher() }, limit: 50 })
    .then((xs) => xs.filter((x) => x._id === `inb-${dispute!._id}`))
  expect(asked).toMatchObject({ read: false })
  expect(JSON.stringify(asked)).not.toContain(f.student.name)
  // The record's own opinions are tickets too (source 'record'); this one is the parent's.
  const tickets = await srv.direct.find('tickets', { where: { familyId: f.student.familyId }, limit: 5 })
  const ticket = tickets.find((t) => t.source === 'survey')
  expect(ticket).toMatchObject({
    route: 'class',
    classId: CLASS,
    ownerId: demo.staffOf(teacher())._id,
    text: '希望老师多联系',
    state: 'open',
    source: 'survey',
  })
})

test('the teacher sees only 样本不足 under 5 answers, never a count', async () => {
  const mine = ok(await srv.call(teacher(), 'surveys', 'mySatisfaction', {}))
  expect(mine).toEqual({ label: '满意率', text: '样本不足', numerator: null, denominator: null, withheld: true })
})
