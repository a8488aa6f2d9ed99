// A questionnaire's life on a frozen clock: created once per participating guardian, sent, reminded
// once after 3 days, closed after 14, and its push text neutral and within WeChat's field limits.
import {
  checkCanAnswer,
  closesAt,
  dueSteps,
  nextStep,
  overLimit,
  questionnairesFor,
  stateOf,
  stepPatch,
  surveyMessage,
  type Questionnaire,
} from '../../../src/core/survey/questionnaire.rules'

const submitted = new Date('2026-12-01T10:00:00Z')
const at = (days: number, hours = 0) => new Date(submitted.getTime() + (days * 24 + hours) * 3600_000)
const record = {
  schoolId: 's1',
  visitId: 'v1',
  familyId: 'f1',
  participants: [
    { guardianId: 'g1', userId: 'u1' },
    { guardianId: 'g2', userId: 'u2' },
    { guardianId: 'g1', userId: 'u1' },
    { guardianId: 'g3', userId: null },
  ],
}
const fresh = () => questionnairesFor(record, 'v1', submitted)[0]!
const apply = (q: Questionnaire, step: 'send' | 'remind' | 'close', now: Date): Questionnaire => ({ ...q, ...stepPatch(step, now, q) })

describe('creation', () => {
  it('gives each participating guardian with an account one questionnaire, with an id a second submit repeats', () => {
    const qs = questionnairesFor(record, 'v1', submitted)
    expect(qs.map((q) => [q._id, q.userId, q.version])).toEqual([
      ['v1:g1', 'u1', 'v1'],
      ['v1:g2', 'u2', 'v1'],
    ])
    expect(questionnairesFor(record, 'v1', at(2)).map((q) => q._id)).toEqual(qs.map((q) => q._id))
    expect(stateOf(qs[0]!)).toBe('pending')
  })
})

describe('what the scheduler owes', () => {
  const sent = apply(fresh(), 'send', at(0, 1))
  it.each<[string, Questionnaire, Date, string | null]>([
    ['new: send it', fresh(), at(0), 'send'],
    ['sent, under 3 days: nothing', sent, at(3), null],
    ['sent, 3 days on: remind', sent, at(3, 1), 'remind'],
    ['reminded: nothing more before day 14', apply(sent, 'remind', at(3, 1)), at(10), null],
    ['14 days after sending: close', apply(sent, 'remind', at(3, 1)), at(14, 1), 'close'],
    ['14 days and never reminded (the scheduler was down): close, not remind', sent, at(15), 'close'],
    ['never sent (no credit) for 14 days: close', fresh(), at(14), 'close'],
    ['answered: nothing', { ...sent, answeredAt: at(1).toISOString() }, at(20), null],
    ['closed: nothing', apply(sent, 'close', at(14, 1)), at(30), null],
  ])('%s', (_, q, now, step) => {
    expect(nextStep(q, now)).toBe(step)
  })

  it('works in batches: a run takes at most `limit`, the next run the rest, nothing twice', () => {
    let qs = Array.from({ length: 25 }, (_, i) => ({ ...fresh(), _id: `v${i}:g1` }))
    const runs: number[] = []
    for (let run = 0; run < 5; run++) {
      const batch = dueSteps(qs, at(0), 10)
      runs.push(batch.length)
      qs = qs.map((q) => (batch.some((b) => b.id === q._id) ? apply(q, 'send', at(0)) : q))
    }
    expect(runs).toEqual([10, 10, 5, 0, 0])
    expect(qs.every((q) => q.sentAt)).toBe(true)
  })
})

describe('answering', () => {
  const sent = apply(fresh(), 'send', at(0))
  it.each<[string, Questionnaire, Date, string | null]>([
    ['open', sent, at(5), null],
    ['already answered', { ...sent, answeredAt: at(1).toISOString() }, at(2), 'SURVEY.ANSWERED'],
    ['past 14 days though the scheduler has not closed it yet', sent, at(14), 'SURVEY.CLOSED'],
    ['closed', apply(sent, 'close', at(14)), at(14), 'SURVEY.CLOSED'],
    ['not sent yet', fresh(), at(0), 'SURVEY.NOT_SENT'],
  ])('%s', (_, q, now, code) => {
    const r = checkCanAnswer(q, now)
    expect(r.ok ? null : r.error.code).toBe(code)
  })
})

describe('the message', () => {
  const sent = apply(fresh(), 'send', at(0))
  it.each(['send', 'remind'] as const)('%s: neutral, no names, fields within WeChat limits', (step) => {
    const m = surveyMessage(step, sent)
    expect(overLimit(m.data)).toEqual([])
    expect(m.data.time3).toBe('2026年12月15日 18:00')
    expect(closesAt(sent)).toBe('2026-12-15T10:00:00.000Z')
    for (const t of [m.title, m.body, ...Object.values(m.data)]) expect(t).not.toMatch(/王|李|张|老师：|学校名|班/)
  })

  it('refuses a thing over 20 characters or a phrase over 5', () => {
    expect(overLimit({ thing1: '一'.repeat(21), phrase2: '一二三四五六', thing3: '一'.repeat(20), time4: '一'.repeat(30) })).toEqual([
      'thing1',
      'phrase2',
    ])
  })
})
