import { DEFAULT_CALENDAR, periodsAt, type Calendar } from '../../../src/core/coverage/calendar'
import { buildWorklist, previousPeriods, type WorkChild, type WorkClaim, type WorkFamily } from '../../../src/core/coverage/worklist'

const NOW = new Date('2026-12-01T02:00:00.000Z') // autumn 2026, 10:00 in Shanghai
const CLASSES = new Map([
  ['c1-1', { name: '一年级1班', grade: 1 }],
  ['c3-2', { name: '三年级2班', grade: 3 }],
  ['c3-10', { name: '三年级10班', grade: 3 }],
  ['c5-1', { name: '五年级1班', grade: 5 }],
])
const family = (id: string, classId: string, special = false, extra: Partial<WorkFamily> = {}): WorkFamily => ({
  _id: id,
  special,
  active: true,
  grade: CLASSES.get(classId)!.grade,
  classId,
  ...extra,
})
const child = (id: string, familyId: string, classId: string, name: string, birthMonth = '2018-05'): WorkChild => ({
  _id: id,
  familyId,
  classId,
  name,
  birthMonth,
})
const claim = (familyId: string, periodId: string, state: WorkClaim['state'], startAt: string | null = null): WorkClaim => ({
  familyId,
  periodId,
  state,
  startAt,
  teacherName: '王老师',
})

function worklist(
  families: WorkFamily[],
  children: WorkChild[],
  claims: WorkClaim[] = [],
  now = NOW,
  cal: Calendar = DEFAULT_CALENDAR,
  tracked?: string[],
) {
  const periods = periodsAt(cal, now)
  const before = previousPeriods(cal, periods)
  const seen = new Set(tracked ?? [before.semester.id, before.year.id])
  return buildWorklist({ now, periods, before, families, children, classes: CLASSES, claims, entryGrade: 1, tracked: seen, followUps: [] })
}

test('a school that recorded no visit last semester or year (new to the app) shows nobody as missed', () => {
  const families = [family('f-sp', 'c3-2', true), family('f-reg', 'c3-2')]
  const children = [child('c-sp', 'f-sp', 'c3-2', '甲'), child('c-reg', 'f-reg', 'c3-2', '乙')]
  expect(worklist(families, children).rows.map((r) => r.missedLast)).toEqual([true, true])
  const w = worklist(families, children, [], NOW, DEFAULT_CALENDAR, [])
  expect(w.rows.map((r) => r.missedLast)).toEqual([false, false])
})

describe('previous periods', () => {
  test('autumn follows the spring of the school year before; spring follows its own autumn', () => {
    const autumn = periodsAt(DEFAULT_CALENDAR, NOW)
    expect(previousPeriods(DEFAULT_CALENDAR, autumn)).toMatchObject({ semester: { id: '2025-spring' }, year: { id: '2025-year' } })
    const spring = periodsAt(DEFAULT_CALENDAR, '2027-03-01T00:00:00Z')
    expect(previousPeriods(DEFAULT_CALENDAR, spring)).toMatchObject({ semester: { id: '2026-autumn' }, year: { id: '2025-year' } })
  })
})

describe('the worklist', () => {
  const families = [family('f-reg', 'c3-2'), family('f-sp', 'c5-1', true), family('f-sp2', 'c3-2', true), family('f-gone', 'c3-2', false, { active: false })]
  const children = [
    child('s-reg', 'f-reg', 'c3-2', '张三'),
    child('s-sp', 'f-sp', 'c5-1', '李四'),
    child('s-sp2', 'f-sp2', 'c3-2', '王五'),
    child('s-gone', 'f-gone', 'c3-2', '赵六'),
  ]

  test('special families first, the one not visited last semester ahead; a family with no child in school is not due', () => {
    const w = worklist(families, children, [claim('f-sp', '2025-spring', 'completed', '2026-05-12T07:00:00.000Z')])
    expect(w.rows.map((r) => [r.familyId, r.special, r.missedLast])).toEqual([
      ['f-sp2', true, true],
      ['f-sp', true, false],
      ['f-reg', false, true],
    ])
    expect(w.rows[1]!.lastVisit).toEqual({ startAt: '2026-05-12T07:00:00.000Z', teacherName: '王老师' })
    expect(w.rows.map((r) => r.deadline)).toEqual(['2027-01-31', '2027-01-31', '2027-08-31'])
  })

  test('a claim in the due period takes the family off: proposed or scheduled is in progress, completed is done', () => {
    const w = worklist(families, children, [claim('f-sp', '2026-autumn', 'proposed'), claim('f-reg', '2026-year', 'completed')])
    expect(w.rows.map((r) => r.familyId)).toEqual(['f-sp2'])
    expect(w).toMatchObject({ inProgress: 1, done: 1 })
  })

  test('a claim under the other kind of period does not count for a special family', () => {
    const w = worklist(families, children, [claim('f-sp2', '2026-year', 'scheduled', '2026-11-20T07:00:00.000Z')])
    expect(w.rows.map((r) => r.familyId)).toContain('f-sp2')
  })

  test('a visit only proposed last period, never agreed, is still missed and no last visit', () => {
    const w = worklist(families, children, [claim('f-reg', '2025-year', 'proposed')])
    expect(w.rows.find((r) => r.familyId === 'f-reg')).toMatchObject({ missedLast: true, lastVisit: null })
  })

  test('a family new this year (youngest in the entry grade) has missed nothing', () => {
    const w = worklist([family('f-new', 'c1-1', true)], [child('s-new', 'f-new', 'c1-1', '孙七')])
    expect(w.rows[0]).toMatchObject({ missedLast: false })
    // In spring, the autumn before was already theirs to have.
    const spring = worklist([family('f-new', 'c1-1', true)], [child('s-new', 'f-new', 'c1-1', '孙七')], [], new Date('2027-03-01T02:00:00Z'))
    expect(spring.rows[0]).toMatchObject({ missedLast: true })
  })

  test('siblings: one row, youngest first, proposing with the youngest', () => {
    const kids = [child('s-old', 'f-sib', 'c5-1', '周大'), child('s-young', 'f-sib', 'c3-2', '周小', '2019-01')]
    const w = worklist([family('f-sib', 'c3-2')], kids)
    expect(w.rows).toHaveLength(1)
    expect(w.rows[0]).toMatchObject({
      studentId: 's-young',
      children: [
        { name: '周小', className: '三年级2班' },
        { name: '周大', className: '五年级1班' },
      ],
    })
  })

  test('within a group: by grade and class (2班 before 10班), then by child name', () => {
    const fams = [family('a', 'c3-10'), family('b', 'c3-2'), family('c', 'c3-2'), family('d', 'c1-1')]
    const kids = [child('sa', 'a', 'c3-10', '安'), child('sb', 'b', 'c3-2', '赵'), child('sc', 'c', 'c3-2', '陈'), child('sd', 'd', 'c1-1', '吴')]
    expect(worklist(fams, kids).rows.map((r) => r.familyId)).toEqual(['d', 'c', 'b', 'a'])
  })

  test('due soon: within 21 days of the deadline (Shanghai dates)', () => {
    const at = (iso: string) => worklist([family('f-sp', 'c5-1', true)], [child('s', 'f-sp', 'c5-1', '李')], [], new Date(iso)).rows[0]!.dueSoon
    expect(at('2027-01-09T15:59:00Z')).toBe(false) // 9 Jan 23:59 in Shanghai: 22 days left
    expect(at('2027-01-09T16:00:00Z')).toBe(true) // 10 Jan 00:00 in Shanghai: 21 days left
  })
})
