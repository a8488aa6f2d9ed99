// Questionnaires sent by the system: a submitted record creates one per guardian who took part and has
// a bound account (an amendment none); the scheduler sends each exactly once, also when two runs
// overlap, reminds once after 3 days if unanswered and closes after 14. WeChat is a recording fake.
import { runScheduler } from '../../src/api/scheduler'
import type { Notifier, OutgoingMessage } from '../../src/core/ports/notifier'
import { questionnairesFor } from '../../src/core/survey/questionnaire.rules'
import { demo } from '../support/demo'
import { sampleRecord } from '../support/record'
import { answerV1, bindGuardian, guardiansOf, recordedVisit } from '../support/surveys'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at: setNow } = serverOnMovedClock()

const CLASS = 'cls-qs-2-1'
const teacher = () => demo.headTeacher(CLASS)
const family = () => {
  const f = demo.familiesOf(CLASS).find((x) => demo.approvedChildren(x.parent).length === 1 && guardiansOf(x.student.familyId).length >= 3)!
  return { ...f, student: f.student }
}
const pushes: OutgoingMessage[] = []
const wechat: Notifier = { idempotent: false, send: async (m) => (pushes.push(m), { ok: true }) }
const runJob = (iso: string) => runScheduler({ store: srv.store, notifier: wechat }, new Date(iso), { pause: async () => {} })
const questionnaires = (visitId: string) => srv.direct.find('questionnaires', { where: { visitId }, limit: 20 })
const inboxIds = async (userId: string) => (await srv.direct.find('inbox', { where: { userId }, limit: 100 })).map((i) => i._id)

let visitId: string
let parent: string
let grandparent: string
beforeAll(async () => {
  const f = family()
  parent = f.parent
  const [first, , third] = guardiansOf(f.student.familyId)
  const gp = await bindGuardian(srv, f, 1)
  grandparent = gp.userId
  // The third guardian took part too but has no account: nowhere to send it.
  visitId = await recordedVisit(srv, setNow, teacher(), f, [first!._id, gp.guardianId, third!._id])
})

test('a submitted record creates one questionnaire per participating guardian with an account; amending creates none', async () => {
  const qs = await questionnaires(visitId)
  expect(qs.map((q) => q.userId).sort()).toEqual([grandparent, parent].sort())
  expect(qs.every((q) => q.sentAt === null && q.dueAt === q.createdAt)).toBe(true)
  setNow('2026-12-02T17:00:00+08:00')
  ok(await srv.call(teacher(), 'visits', 'amendRecord', { visitId, version: 1, record: sampleRecord({ summary: '补充：孩子喜欢画画。' }) }))
  expect(await questionnaires(visitId)).toEqual(qs)
})

test('two overlapping scheduler runs send each questionnaire exactly once: one inbox item, one push', async () => {
  ok(await srv.call(parent, 'notify', 'subscribed', { accepted: ['survey_request'] }))
  const runs = await Promise.all([runJob('2026-12-02T10:00:00.000Z'), runJob('2026-12-02T10:00:00.000Z')])
  expect(runs.reduce((n, r) => n + r.surveySent, 0)).toBe(2)
  for (const userId of [parent, grandparent])
    expect((await inboxIds(userId)).filter((id) => id.startsWith('inb-svy-send-'))).toHaveLength(1)
  // Only the parent subscribed: WeChat pushes to them alone, with a neutral text and the page.
  expect(pushes.map((p) => p.userId)).toEqual([parent])
  expect(pushes[0]).toMatchObject({ templateKey: 'survey_request', title: '请填写一份家访回访问卷' })
  expect(pushes[0]!.page).toContain('pages/survey/index?id=')
  expect(pushes[0]!.body).not.toContain(demo.nameOf(teacher()))
  expect((await runJob('2026-12-02T11:00:00.000Z')).surveySent).toBe(0)
  const items = ok(await srv.call(parent, 'surveys', 'myQuestionnaires', {})).items
  expect(items).toEqual([expect.objectContaining({ state: 'open', format: '入户', when: '12月2日（周三）下午3:00' })])
})

test('the scheduler reminds the one who has not answered after 3 days, once, and closes after 14', async () => {
  const [mine] = ok(await srv.call(parent, 'surveys', 'myQuestionnaires', {})).items
  setNow('2026-12-03T09:00:00.000Z')
  ok(await srv.call(parent, 'surveys', 'answer', { id: mine!.id, answer: answerV1() }))
  expect((await runJob('2026-12-05T09:00:00.000Z')).surveyReminded).toBe(0) // not yet 3 days
  const [a, b] = await Promise.all([runJob('2026-12-05T10:01:00.000Z'), runJob('2026-12-05T10:01:00.000Z')])
  expect(a.surveyReminded + b.surveyReminded).toBe(1)
  expect((await inboxIds(grandparent)).filter((id) => id.startsWith('inb-svy-remind-'))).toHaveLength(1)
  expect((await inboxIds(parent)).filter((id) => id.startsWith('inb-svy-remind-'))).toHaveLength(0)
  expect((await runJob('2026-12-10T10:00:00.000Z')).surveyReminded).toBe(0)
  expect((await runJob('2026-12-16T10:01:00.000Z')).surveyClosed).toBe(1)
  const [gq] = (await questionnaires(visitId)).filter((q) => q.userId === grandparent)
  expect(gq).toMatchObject({ closedAt: '2026-12-16T10:01:00.000Z', dueAt: null, answeredAt: null })
  setNow('2026-12-16T11:00:00.000Z')
  const late = await srv.call(grandparent, 'surveys', 'answer', { id: gq!._id, answer: answerV1() })
  expect(late).toMatchObject({ ok: false, error: { code: 'SURVEY.CLOSED' } })
  expect(ok(await srv.call(grandparent, 'surveys', 'myQuestionnaires', {})).items).toEqual([])
})

test('a backlog is worked in bounded runs: a run out of time stops, the next carries on, each sent once', async () => {
  const created = new Date('2026-12-20T01:00:00.000Z')
  const record = (i: number) => ({
    schoolId: demo.schoolId,
    visitId: `vis-backlog-${i}`,
    familyId: 'fam-x',
    participants: [{ guardianId: 'g', userId: parent }],
  })
  for (let i = 0; i < 40; i++) {
    const { _v: _version, ...doc } = questionnairesFor(record(i), 'v1', created)[0]!
    await srv.direct.insert('questionnaires', doc)
  }
  // A clock that moves 1 ms per reading: a 20 ms budget lets a run start only a few slices of at most 5.
  let ms = 0
  const run = () =>
    runScheduler({ store: srv.store, notifier: wechat }, new Date('2026-12-20T02:00:00.000Z'), {
      pause: async () => {},
      budgetMs: 20,
      slice: 5,
      clock: () => (ms += 1),
    })
  const sent: number[] = []
  for (let k = 0; k < 20 && sent.reduce((a, b) => a + b, 0) < 40; k++) sent.push((await run()).surveySent)
  expect(Math.max(...sent)).toBeLessThan(40) // no run did it all
  expect(sent.reduce((a, b) => a + b, 0)).toBe(40)
  expect((await inboxIds(parent)).filter((id) => id.startsWith('inb-svy-send-vis-backlog-'))).toHaveLength(40)
  expect((await run()).surveySent).toBe(0)
})
