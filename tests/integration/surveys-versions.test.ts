// The district publishes a new questionnaire version: records submitted afterwards send it, and its
// answers are checked against it; a questionnaire sent before keeps v1. Only the district publishes;
// a version number is never reused and a definition that could not count 满意率 is refused.
import { runScheduler } from '../../src/api/scheduler'
import type { QuestionnaireDefinitionInput } from '../../src/core/survey/questionnaire.schema'
import { QUESTIONNAIRE_V1 } from '../../src/core/survey/questionnaire.v1'
import { demo } from '../support/demo'
import { answerV1, guardiansOf, recordedVisit } from '../support/surveys'
import { ok, serverOnMovedClock } from '../support/test-server'

const { srv, at: setNow } = serverOnMovedClock()

const CLASS = 'cls-qs-3-1'
const teacher = () => demo.headTeacher(CLASS)
const families = () => demo.familiesOf(CLASS).filter((f) => demo.approvedChildren(f.parent).length === 1)
const silent = { idempotent: true, send: async () => ({ ok: true as const }) }

/** v1 with one more question (a yes/no about the time agreed) and its own version number. */
const V2: QuestionnaireDefinitionInput = {
  ...QUESTIONNAIRE_V1,
  version: 'v2',
  title: '家访回访问卷（第二版）',
  questions: [
    ...QUESTIONNAIRE_V1.questions,
    {
      id: 'time_ok',
      kind: 'yes_no',
      label: '时间是否方便',
      prompt: '家访时间对您方便吗？',
      readAloud: '家访时间对您方便吗？',
      options: [],
      required: true,
      measure: null,
      maxLength: 300,
    },
  ],
}

async function sentTo(i: number, hour: number) {
  const f = families()[i]!
  const bound = guardiansOf(f.student.familyId).find((g) => g.userId === f.parent)!
  await recordedVisit(srv, setNow, teacher(), f, [bound._id], hour)
  await runScheduler({ store: srv.store, notifier: silent }, new Date('2026-12-02T10:00:00.000Z'), { pause: async () => {} })
  setNow('2026-12-03T02:00:00.000Z')
  const items = ok(await srv.call(f.parent, 'surveys', 'myQuestionnaires', {})).items
  return { f, id: items[0]!.id }
}

test('only the district publishes; a bad definition and a reused version are refused, nothing stored', async () => {
  expect(await srv.call(demo.principal(), 'surveys', 'publishQuestionnaire', { definition: V2 })).toMatchObject({ ok: false })
  const noSatisfaction = { ...V2, questions: V2.questions.filter((q) => q.id !== 'satisfaction') }
  expect(await srv.call(demo.district(), 'surveys', 'publishQuestionnaire', { definition: noSatisfaction })).toMatchObject({
    ok: false,
    error: { code: 'INPUT.INVALID' },
  })
  expect(await srv.call(demo.district(), 'surveys', 'publishQuestionnaire', { definition: { ...V2, version: 'v1' } })).toMatchObject({
    ok: false,
    error: { code: 'SURVEY.VERSION_TAKEN' },
  })
  expect(await srv.direct.count('questionnaire_versions', {})).toBe(0)
  expect(ok(await srv.call(demo.district(), 'surveys', 'questionnaireVersions', {})).current).toBe('v1')
})

test('after v2 is published, new questionnaires use it and answers must fit it; one sent before keeps v1', async () => {
  const before = await sentTo(0, 9)
  ok(await srv.call(demo.district(), 'surveys', 'publishQuestionnaire', { definition: V2 }))
  expect(await srv.call(demo.district(), 'surveys', 'publishQuestionnaire', { definition: V2 })).toMatchObject({
    error: { code: 'SURVEY.VERSION_TAKEN' },
  })
  expect(ok(await srv.call(demo.district(), 'surveys', 'questionnaireVersions', {})).current).toBe('v2')

  // Sent before: still v1, answered as v1.
  expect(ok(await srv.call(before.f.parent, 'surveys', 'questionnaire', { id: before.id })).version).toBe('v1')
  ok(await srv.call(before.f.parent, 'surveys', 'answer', { id: before.id, answer: answerV1() }))

  const after = await sentTo(1, 11)
  const q = ok(await srv.call(after.f.parent, 'surveys', 'questionnaire', { id: after.id }))
  expect(q.version).toBe('v2')
  expect(q.questions.map((x) => x.id)).toContain('time_ok')
  const v2 = (values: Record<string, string | boolean>) => ({ ...answerV1(values), version: 'v2' })
  expect(await srv.call(after.f.parent, 'surveys', 'answer', { id: after.id, answer: v2({}) })).toMatchObject({ ok: false })
  ok(await srv.call(after.f.parent, 'surveys', 'answer', { id: after.id, answer: v2({ time_ok: true }) }))
  const [stored] = await srv.direct.find('survey_answers', { where: { userId: after.f.parent }, limit: 5 })
  expect(stored).toMatchObject({ version: 'v2', satisfaction: 'satisfied', values: { time_ok: true } })
})

test('the district reads its versions with date, publisher and size, and any one version whole; others find none', async () => {
  const list = ok(await srv.call(demo.district(), 'surveys', 'questionnaireVersions', {}))
  expect(list.versions.map((v) => [v.version, v.questions, v.publishedBy])).toEqual([
    ['v2', 7, demo.nameOf(demo.district())],
    ['v1', 6, null],
  ])
  expect(list.versions[0]!.publishedAt).toBe('2026-12-03T02:00:00.000Z')
  const v2 = ok(await srv.call(demo.district(), 'surveys', 'questionnaireVersion', { version: 'v2' }))
  expect(v2).toMatchObject({ current: true, title: '家访回访问卷（第二版）', publishedBy: demo.nameOf(demo.district()) })
  expect(v2.definition.questions.map((q) => q.id)).toContain('time_ok')
  expect(ok(await srv.call(demo.district(), 'surveys', 'questionnaireVersion', { version: 'v1' }))).toMatchObject({ current: false })
  expect(await srv.call(demo.district(), 'surveys', 'questionnaireVersion', { version: 'v9' })).toMatchObject({
    ok: false,
    error: { code: 'DATA.NOT_FOUND' },
  })
  expect(await srv.call(demo.principal(), 'surveys', 'questionnaireVersion', { version: 'v2' })).toMatchObject({ ok: false })
})
