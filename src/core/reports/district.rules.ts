// The district's side: outliers among its schools and whether each school's report is in on time.
// Thresholds live here, once, so the dashboard, the summary sheet and the tests agree.
import { rateOf } from '../survey/figures'
import { specialCoverage, type ScopeFigures } from './report.figures'

export const OUTLIER_RULES = {
  /** Records say done but parents do not confirm: completed ≥ 80 % of due, 到位率 < 50 %. */
  unconfirmed: { completedAtLeast: 0.8, coverageBelow: 0.5 },
  /** Open disputes per 100 completed visits, and at least this many disputes in all. */
  disputes: { per100Completed: 5, atLeast: 3 },
  /** Special families visited this semester under 60 % of those due. */
  special: { coverageBelow: 0.6 },
} as const

export const OUTLIER_LABELS = {
  unconfirmed: '完成多、确认少',
  disputes: '异议偏多',
  special: '特殊家庭走访不足',
} as const
export type Outlier = keyof typeof OUTLIER_LABELS

export function outliersOf(f: ScopeFigures): Outlier[] {
  const out: Outlier[] = []
  const completedRate = rateOf({ numerator: f.completed, denominator: f.required })
  const coverage = rateOf(f.coverage)
  const u = OUTLIER_RULES.unconfirmed
  if (completedRate !== null && coverage !== null && completedRate >= u.completedAtLeast && coverage < u.coverageBelow)
    out.push('unconfirmed')
  const d = OUTLIER_RULES.disputes
  if (f.disputesOpen >= d.atLeast && f.disputesOpen * 100 >= d.per100Completed * Math.max(1, f.completed)) out.push('disputes')
  const s = rateOf(specialCoverage(f))
  if (s !== null && s < OUTLIER_RULES.special.coverageBelow) out.push('special')
  return out
}

/** Policy §五: schools report by the end of December of the school year (Beijing time). */
export const reportDeadline = (yearFirst: string) => `${yearFirst.slice(0, 4)}-12-31`

export type SubmissionState = 'submitted' | 'late' | 'due' | 'overdue'
export const SUBMISSION_LABELS: Record<SubmissionState, string> = {
  submitted: '已按时上报',
  late: '逾期上报',
  due: '未上报',
  overdue: '逾期未上报',
}

/** From the first submission's Beijing date (null: none yet) and today's. */
export function submissionState(firstSubmittedOn: string | null, today: string, deadline: string): SubmissionState {
  if (firstSubmittedOn) return firstSubmittedOn <= deadline ? 'submitted' : 'late'
  return today > deadline ? 'overdue' : 'due'
}
