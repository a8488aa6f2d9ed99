// The plan board reads 到位率 and 满意率 from counts made in the database: the same figures as from the
// list of families or answers, zero denominators included.
import { coverageFromCounts, satisfactionFigure, satisfactionFromCounts } from '../../../src/core/survey/figures'
import type { Satisfaction } from '../../../src/core/survey/questionnaire.schema'

describe('figures from counts', () => {
  test.each([
    [[], {}],
    [['satisfied', 'fairly', 'neutral', null], { satisfied: 1, fairly: 1, neutral: 1 }],
    [['dissatisfied', 'dissatisfied'], { dissatisfied: 2 }],
  ] as Array<[Array<Satisfaction | null>, Partial<Record<Satisfaction, number>>]>)('满意率 of %j', (list, counts) => {
    expect(satisfactionFromCounts(counts)).toEqual(satisfactionFigure(list.map((satisfaction) => ({ satisfaction }))))
  })

  test('a key that is not a satisfaction (a null group from a grouped count) is not an answer', () => {
    const counts = { satisfied: 3, null: 4 } as Partial<Record<Satisfaction, number>>
    expect(satisfactionFromCounts(counts)).toMatchObject({ numerator: 3, denominator: 3 })
  })

  test('到位率: confirmed over required; disputed and unconfirmed beside it', () => {
    const f = coverageFromCounts({ confirmed: 2, disputed: 1, unconfirmed: 3, not_completed: 4 })
    expect(f.required).toBe(10)
    expect(f.coverage).toMatchObject({ numerator: 2, denominator: 10 })
    expect(f.completedUnconfirmed).toMatchObject({ numerator: 4, denominator: 10 })
    expect(coverageFromCounts({ confirmed: 0, disputed: 0, unconfirmed: 0, not_completed: 0 }).coverage.denominator).toBe(0)
  })
})
