// 到位率 and 满意率: who counts as confirmed, who is required (from coverage), and what each viewer sees.
import { DEFAULT_CALENDAR, periodsAt } from '../../../src/core/coverage/calendar'
import {
  confirmationOfFamily,
  confirmationOfVisit,
  coverageByClass,
  coverageFigures,
  satisfactionFigure,
  seesIndividualAnswers,
  shownTo,
  type FamilyEvidence,
  type VisitEvidence,
} from '../../../src/core/survey/figures'

const periods = periodsAt(DEFAULT_CALENDAR, '2026-12-07T02:00:00Z')
const YEAR = periods.year.id
const SEMESTER = periods.semester.id

const visit = (over: Partial<VisitEvidence> = {}): VisitEvidence => ({
  visitId: 'v',
  periodId: YEAR,
  completed: true,
  surveys: [],
  spotChecks: [],
  disputes: [],
  ...over,
})
const yes = { tookPlace: 'as_recorded' as const, at: '2026-12-02T00:00:00Z' }
const no = { tookPlace: 'not_held' as const, at: '2026-12-03T00:00:00Z' }
const call = (confirmed: boolean | null, at = '2026-12-05T00:00:00Z', reached = true) => ({ reached, confirmed, at })
const family = (id: string, visits: VisitEvidence[], over: Partial<FamilyEvidence['coverage']> = {}): FamilyEvidence => ({
  familyId: id,
  coverage: { active: true, special: false, classId: 'c1', ...over },
  visits,
})

describe('a visit is confirmed', () => {
  it.each<[string, Partial<VisitEvidence>, string]>([
    ['not without a record', { completed: false, surveys: [yes] }, 'not_completed'],
    ['not before anyone answered', {}, 'unconfirmed'],
    ['by a guardian’s "as recorded"', { surveys: [yes] }, 'confirmed'],
    ['not when another guardian of the family says it did not happen', { surveys: [yes, no] }, 'disputed'],
    ['not while a dispute is open, whatever the survey said', { surveys: [yes], disputes: ['open'] }, 'disputed'],
    ['not when the dispute was upheld, even after a confirming call', { spotChecks: [call(true)], disputes: ['upheld'] }, 'disputed'],
    ['by the other guardian once the dispute is rejected', { surveys: [yes, no], disputes: ['rejected'] }, 'confirmed'],
    ['not by a rejected dispute alone (nobody confirmed)', { surveys: [no], disputes: ['rejected'] }, 'unconfirmed'],
    ['by a spot-check over a survey that denied it', { surveys: [no], spotChecks: [call(true)] }, 'confirmed'],
    ['not when a spot-check denies what the survey confirmed', { surveys: [yes], spotChecks: [call(false)] }, 'disputed'],
    [
      'by the latest spot-check that got an answer',
      { spotChecks: [call(false, '2026-12-04T00:00:00Z'), call(true, '2026-12-06T00:00:00Z'), call(null, '2026-12-07T00:00:00Z')] },
      'confirmed',
    ],
    ['not by a call nobody answered', { surveys: [no], spotChecks: [call(true, '2026-12-05T00:00:00Z', false)] }, 'disputed'],
  ])('%s', (_, over, expected) => {
    expect(confirmationOfVisit(visit(over))).toBe(expected)
  })
})

describe('到位率', () => {
  it('is confirmed families ÷ required families, completed-but-unconfirmed beside it', () => {
    const fams = [
      family('f1', [visit({ surveys: [yes] })]),
      family('f2', [visit({ surveys: [yes, yes] })]), // two guardians, one family
      family('f3', [visit()]),
      family('f4', [visit({ surveys: [no], disputes: ['open'] })]),
      family('f5', []),
      family('f6', [visit({ surveys: [yes] })], { active: false }), // left the school: not required
    ]
    const f = coverageFigures(fams, periods)
    expect(f.required).toBe(5)
    expect([f.coverage.numerator, f.coverage.denominator]).toEqual([2, 5])
    expect([f.completedUnconfirmed.numerator, f.disputed.numerator]).toEqual([2, 1])
  })

  it('counts a special family in its semester, the others in the school year', () => {
    const special = family('f1', [visit({ periodId: YEAR, surveys: [yes] })], { special: true })
    expect(confirmationOfFamily(special, periods)).toBe('not_completed')
    expect(confirmationOfFamily({ ...special, visits: [visit({ periodId: SEMESTER, surveys: [yes] })] }, periods)).toBe('confirmed')
  })

  it('counts siblings’ family once, under its home class, confirmed if either visit is', () => {
    const siblings = family('f1', [visit({ visitId: 'a' }), visit({ visitId: 'b', surveys: [yes] })], { classId: 'c1' })
    const listedTwice = [siblings, siblings, family('f2', [visit()], { classId: 'c2' })]
    expect(coverageFigures(listedTwice, periods).coverage).toMatchObject({ numerator: 1, denominator: 2 })
    const byClass = coverageByClass(listedTwice, periods)
    expect(byClass.get('c1')!.coverage).toMatchObject({ numerator: 1, denominator: 1 })
    expect(byClass.get('c2')!.coverage).toMatchObject({ numerator: 0, denominator: 1 })
  })

  it('over nobody required is "暂无", never 0 % or NaN', () => {
    const f = coverageFigures([], periods)
    expect(f.coverage).toMatchObject({ numerator: 0, denominator: 0 })
    expect(shownTo(f.coverage, ['head_teacher']).text).toBe('暂无')
  })
})

describe('满意率', () => {
  const answers = (...s: ('satisfied' | 'fairly' | 'neutral' | 'dissatisfied' | null)[]) => s.map((satisfaction) => ({ satisfaction }))

  it('is (满意 + 比较满意) ÷ questionnaires answered, each guardian’s answer counting', () => {
    const f = satisfactionFigure(answers('satisfied', 'fairly', 'neutral', 'dissatisfied', 'satisfied', 'fairly', null))
    expect([f.numerator, f.denominator]).toEqual([4, 6])
    expect(shownTo(f, ['head_teacher'])).toMatchObject({ text: '66.7%', numerator: 4, denominator: 6, withheld: false })
  })

  it.each<[string, ('satisfied' | null)[], string, string]>([
    ['four answers', ['satisfied', 'satisfied', 'satisfied', 'satisfied'], '样本不足', '100%'],
    ['no answers', [], '样本不足', '暂无'],
    ['five answers', ['satisfied', 'satisfied', 'satisfied', 'satisfied', 'satisfied'], '100%', '100%'],
  ])('over %s: a teacher sees %s, a leader %s', (_, list, toTeacher, toLeader) => {
    const f = satisfactionFigure(answers(...list))
    const teacher = shownTo(f, ['head_teacher', 'subject_teacher'])
    expect(teacher.text).toBe(toTeacher)
    if (teacher.withheld) expect([teacher.numerator, teacher.denominator]).toEqual([null, null])
    expect(shownTo(f, ['principal']).text).toBe(toLeader)
    expect(shownTo(f, ['district']).text).toBe(toLeader)
  })

  it('withholds small samples from a parent as from a teacher', () => {
    expect(shownTo(satisfactionFigure(answers('satisfied')), ['parent']).withheld).toBe(true)
  })

  it('individual answers reach leaders and middle managers, never a teacher or the admin', () => {
    expect([seesIndividualAnswers(['principal']), seesIndividualAnswers(['middle_manager', 'head_teacher'])]).toEqual([true, true])
    expect([seesIndividualAnswers(['head_teacher', 'mentor']), seesIndividualAnswers(['school_admin'])]).toEqual([false, false])
  })
})
