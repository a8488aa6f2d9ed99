// The plan board's 到位率, 已完成未确认 and 满意率, by figures.ts from grouped counts: the board's tally
// (claims are confirmed as confirmationOfVisit says, see api/surveys/confirmation.ts), the answers per
// satisfaction in both periods, and the open disputes: three counts whatever the school's size.
import type { Tally } from '../../../core/coverage/board'
import type { Periods } from '../../../core/coverage/calendar'
import type { DocStore } from '../../../core/ports/doc-store'
import type { Role } from '../../../core/roles'
import { coverageOfTally } from '../../../core/reports/dashboard'
import { satisfactionFromCounts, shownTo, type ShownFigure } from '../../../core/survey/figures'

export type BoardFigures = { figures: ShownFigure[]; disputesOpen: number }

export async function boardFigures(store: DocStore, schoolId: string, periods: Periods, t: Tally, roles: Role[]): Promise<BoardFigures> {
  const bySatisfaction = (periodId: string) => store.countBy('survey_answers', 'satisfaction', { schoolId, periodId })
  const [semester, year, disputesOpen] = await Promise.all([
    bySatisfaction(periods.semester.id),
    bySatisfaction(periods.year.id),
    store.count('disputes', { schoolId, state: 'open' }),
  ])
  const answers: Record<string, number> = { ...semester }
  for (const [k, n] of Object.entries(year)) answers[k] = (answers[k] ?? 0) + n
  const coverage = coverageOfTally(t)
  const figures = [coverage.coverage, coverage.completedUnconfirmed, satisfactionFromCounts(answers)].map((f) => shownTo(f, roles))
  return { figures, disputesOpen }
}
