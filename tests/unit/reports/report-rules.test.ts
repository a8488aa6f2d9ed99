// The report's figures and the district's outliers and deadlines, against hand-computed scenarios.
import { noStates, tally } from '../../../src/core/coverage/board'
import { outliersOf, reportDeadline, submissionState } from '../../../src/core/reports/district.rules'
import { districtSheets, schoolRow } from '../../../src/core/reports/district.sheets'
import { scopeFigures } from '../../../src/core/reports/report.figures'
import {
  casesSheet,
  figuresSheet,
  FIGURES_HEADER,
  maskChildren,
  SUMMED_COLUMNS,
  type SchoolReport,
} from '../../../src/core/reports/school-report.sheets'

// 10 due (2 special); the year: 8 completed of which 2 confirmed; the semester: 1 special held.
const sem = { ...noStates(), scheduled: 1, scheduledPast: 1 }
const year = { ...noStates(), completed: 6, confirmed: 2 }
const t = tally({ special: 2, other: 8 }, sem, year)

describe('scope figures', () => {
  test('到位率 is confirmed over due; completed counts the confirmed too', () => {
    const f = scopeFigures(t, { satisfied: 3, fairly: 1, dissatisfied: 1 }, 0)
    expect([f.required, f.completed, f.confirmed]).toEqual([10, 8, 2])
    expect([f.coverage.numerator, f.coverage.denominator]).toEqual([2, 10])
    expect([f.satisfaction.numerator, f.satisfaction.denominator]).toEqual([4, 5])
    expect([f.specialRequired, f.specialNotVisited]).toEqual([2, 1])
  })

  test('a leaver’s claim never lifts completed above due', () => {
    const f = scopeFigures(tally({ special: 0, other: 1 }, noStates(), { ...noStates(), confirmed: 2 }), {}, 0)
    expect([f.completed, f.confirmed]).toEqual([1, 1])
  })
})

describe('outliers', () => {
  test('completed 80 % but confirmed 20 %: flagged; special 1 of 2 visited (50 %) too', () => {
    expect(outliersOf(scopeFigures(t, {}, 0))).toEqual(['unconfirmed', 'special'])
  })
  test('disputes: 3 open over 8 completed is many; 2 is not', () => {
    expect(outliersOf(scopeFigures(t, {}, 3))).toContain('disputes')
    expect(outliersOf(scopeFigures(t, {}, 2))).not.toContain('disputes')
  })
  test('nothing due: no rate, no outlier', () => {
    expect(outliersOf(scopeFigures(tally({ special: 0, other: 0 }, noStates(), noStates()), {}, 0))).toEqual([])
  })
})

describe('deadline', () => {
  test('end of December of the school year; late and overdue apart', () => {
    const d = reportDeadline('2026-09-01')
    expect(d).toBe('2026-12-31')
    expect(submissionState('2026-12-31', '2027-01-05', d)).toBe('submitted')
    expect(submissionState('2027-01-02', '2027-01-05', d)).toBe('late')
    expect(submissionState(null, '2026-12-31', d)).toBe('due')
    expect(submissionState(null, '2027-01-01', d)).toBe('overdue')
  })
})

describe('sheets', () => {
  const f = scopeFigures(t, { satisfied: 1 }, 1)
  const report: SchoolReport = {
    schoolName: '青山小学',
    periodLabel: '2026–2027学年',
    classes: [
      { classId: 'a', gradeLabel: '一年级', className: '一年级1班', figures: f },
      { classId: 'b', gradeLabel: '一年级', className: '一年级2班', figures: f },
    ],
    total: scopeFigures(
      tally({ special: 4, other: 16 }, { ...sem, scheduled: 2, scheduledPast: 2 }, { ...noStates(), completed: 12, confirmed: 4 }),
      { satisfied: 2 },
      1,
    ),
    special: [],
    leadership: [],
    typicalCases: [],
    categories: null,
  }
  test('class rows sum to the total on every summed column', () => {
    const rows = figuresSheet(report).rows
    for (const col of SUMMED_COLUMNS) {
      const i = FIGURES_HEADER.indexOf(col)
      expect(Number(rows[0]![i]) + Number(rows[1]![i])).toBe(Number(rows[2]![i]))
    }
  })
  test('children masked, a leaver kept as such', () => {
    expect(maskChildren('梁小红、梁小明')).toBe('梁**、梁**')
    expect(maskChildren('（已离校）')).toBe('（已离校）')
  })
  test('typical cases: the published ones by title, grade and date; none said in words', () => {
    const one = { title: '从闪光点谈起的一次家访', gradeLabel: '三年级', publishedOn: '2026-12-01' }
    expect(casesSheet({ ...report, typicalCases: [one] }).rows).toEqual([['从闪光点谈起的一次家访', '三年级', '2026-12-01']])
    expect(casesSheet(report).rows[0]![0]).toContain('还没有发布典型案例')
  })
  test('the district summary has a total row', () => {
    const row = schoolRow('s', '青山小学', f, 'due')
    const [schools] = districtSheets([row, row], [])
    expect(schools!.rows.at(-1)!.slice(0, 3)).toEqual(['全区合计', 20, 16])
  })
})
