// The school dashboard's arithmetic against hand counts: a school of two grades, three classes, two teachers.
import { noStates, tally, type StateCounts } from '../../../src/core/coverage/board'
import { byGradeAndClass, headline, teacherRows, teacherTallies, type ClassInfo } from '../../../src/core/reports/dashboard'

const states = (s: Partial<StateCounts>): StateCounts => ({ ...noStates(), ...s })
const classes: ClassInfo[] = [
  { classId: 'c11', name: '一年级1班', grade: 1, gradeLabel: '一年级' },
  { classId: 'c12', name: '一年级2班', grade: 1, gradeLabel: '一年级' },
  { classId: 'c21', name: '二年级1班', grade: 2, gradeLabel: '二年级' },
]
// c11: 10 families (2 special). Year: 4 completed (2 confirmed); semester: 1 special held, record due.
// c12: 5 families, two siblings share one family (counted once by the roster): 4 families, all confirmed.
// c21: 3 families left; claims remain on 5 (leavers): completed 5 must count as 3 at most.
const tallies = new Map([
  ['c11', tally({ special: 2, other: 8 }, states({ scheduled: 1, scheduledPast: 1 }), states({ completed: 2, confirmed: 2 }))],
  ['c12', tally({ special: 0, other: 4 }, noStates(), states({ confirmed: 4 }))],
  ['c21', tally({ special: 0, other: 3 }, noStates(), states({ completed: 3, confirmed: 2 }))],
])

describe('school dashboard figures', () => {
  const rows = byGradeAndClass(classes, tallies)

  test('classes and grades sum to the school; leavers never push a class over its families', () => {
    expect(rows.classes.map((r) => [r.label, r.required, r.completed, r.confirmed, r.coverageText])).toEqual([
      ['一年级1班', 10, 4, 2, '20%'],
      ['一年级2班', 4, 4, 4, '100%'],
      ['二年级1班', 3, 3, 2, '66.7%'],
    ])
    expect(rows.classes[2]!.completedText).toBe('100%')
    expect(rows.grades.map((r) => [r.label, r.scope, r.required, r.confirmed, r.coverageText])).toEqual([
      ['一年级', 'grade:1', 14, 6, '42.9%'],
      ['二年级', 'grade:2', 3, 2, '66.7%'],
    ])
    expect(rows.total).toMatchObject({ required: 17, completed: 11, confirmed: 8, specialRequired: 2, specialNotVisited: 1 })
  })

  test('headline: 到位率 over families, 满意率 over answers, withheld from nobody here (leaders see small samples)', () => {
    const h = headline(
      { total: rows.total, answers: { satisfied: 3, fairly: 1, dissatisfied: 1 }, disputesOpen: 1, ticketsOpen: 2, leadershipVisits: 3 },
      ['principal'],
    )
    expect(h.figures.map((f) => [f.label, f.text, f.numerator, f.denominator])).toEqual([
      ['到位率', '47.1%', 8, 17],
      // c21's leavers: completed capped to 3 there (not offsetting c11's gaps): 4 + 4 + 3 = 11 of 17, 8 confirmed.
      ['已完成未确认', '17.6%', 3, 17],
      ['满意率', '80%', 4, 5],
    ])
    expect(h).toMatchObject({ required: 17, completed: 11, confirmed: 8, specialVisited: 1, disputesOpen: 1, ticketsOpen: 2 })
  })

  test('a dispute keeps a completed visit out of 到位率 and in 已完成未确认', () => {
    // One family, its visit completed; the parent disputes it, so the claim stays `completed`.
    const t = tally({ special: 0, other: 1 }, noStates(), states({ completed: 1 }))
    const h = headline({ total: t, answers: { dissatisfied: 1 }, disputesOpen: 1, ticketsOpen: 0, leadershipVisits: 0 }, ['head_teacher'])
    expect(h.figures.map((f) => f.text)).toEqual(['0%', '100%', '样本不足'])
    expect(h.disputesOpen).toBe(1)
  })

  test('teachers: what each did, most held first; nothing required of a teacher', () => {
    const teachers = teacherRows(
      teacherTallies({
        semester: new Map([['t1', states({ scheduled: 1, scheduledPast: 1 })]]),
        year: new Map([
          ['t1', states({ completed: 1 })],
          ['t2', states({ completed: 1, confirmed: 3, proposed: 2 })],
        ]),
      }),
      new Map([['t1', '王老师']]),
    )
    expect(teachers.map((r) => [r.label, r.held, r.completed, r.confirmed, r.coverageText])).toEqual([
      ['（已离职）', 4, 4, 3, '—'],
      ['王老师', 2, 1, 0, '—'],
    ])
  })
})
