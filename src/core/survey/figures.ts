// 到位率 and 满意率 (policy §五(三)), defined once for every screen and report. Who is required comes
// from coverage (dueFor over familyCoverage): a family counts once, under its home class, in its own
// period (special families by semester, the others by school year). Every figure carries its numerator
// and denominator; answer-based figures over fewer than 5 answers are withheld from teachers.
import { dueFor, MEASURE_LABELS, type FamilyCoverage } from '../coverage/rules'
import type { Periods } from '../coverage/calendar'
import { DISTRICT, hasAnyRole, LEADER, SCHOOL_WIDE, type Role } from '../roles'
import { isDisputing, type DisputeState } from './dispute.rules'
import { SATISFACTION, SATISFIED, type Satisfaction, type TookPlace } from './questionnaire.schema'

export const MIN_SAMPLE = 5
export const FIGURE_LABELS = {
  coverage: '到位率',
  completedUnconfirmed: '已完成未确认',
  disputed: '有异议',
  satisfaction: '满意率',
} as const
export type FigureKey = keyof typeof FIGURE_LABELS
export type Figure = { key: FigureKey; label: string; numerator: number; denominator: number; basis: 'families' | 'answers' }

const figure = (key: FigureKey, numerator: number, denominator: number, basis: Figure['basis']): Figure => ({
  key,
  label: FIGURE_LABELS[key],
  numerator,
  denominator,
  basis,
})

/** The ratio, or null over an empty denominator (never NaN, never a made-up 0 % or 100 %). */
export const rateOf = (f: Pick<Figure, 'numerator' | 'denominator'>) => (f.denominator === 0 ? null : f.numerator / f.denominator)
export const formatRate = (rate: number) => `${Math.round(rate * 1000) / 10}%`

export type SurveyEvidence = { tookPlace: TookPlace; at: string }
/** A phone spot-check: `confirmed` null when the family was not reached or would not say. */
export type SpotCheckEvidence = { reached: boolean; confirmed: boolean | null; at: string }
export type VisitEvidence = {
  visitId: string
  periodId: string
  /** A record was submitted. */
  completed: boolean
  surveys: readonly SurveyEvidence[]
  spotChecks: readonly SpotCheckEvidence[]
  disputes: readonly DisputeState[]
}
export type FamilyEvidence = {
  familyId: string
  coverage: Pick<FamilyCoverage, 'active' | 'special' | 'classId'>
  visits: readonly VisitEvidence[]
}

export const CONFIRMATIONS = ['confirmed', 'disputed', 'unconfirmed', 'not_completed'] as const
export type Confirmation = (typeof CONFIRMATIONS)[number]
export const CONFIRMATION_LABELS: Record<Confirmation, string> = {
  confirmed: MEASURE_LABELS.confirmed,
  disputed: '有异议',
  unconfirmed: '待家长确认',
  not_completed: '未完成',
}

/**
 * One visit: a dispute still open or upheld wins; then the latest spot-check that got an answer (a
 * leader's call outweighs the questionnaire, both ways); then the questionnaires, any guardian's
 * "not as recorded" outweighing another's "yes" until a leader rejects the dispute.
 */
export function confirmationOfVisit(v: VisitEvidence): Confirmation {
  if (!v.completed) return 'not_completed'
  if (v.disputes.some(isDisputing)) return 'disputed'
  const calls = v.spotChecks.filter((c) => c.reached && c.confirmed !== null).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  const last = calls[calls.length - 1]
  if (last) return last.confirmed ? 'confirmed' : 'disputed'
  const rejected = v.disputes.includes('rejected')
  if (!rejected && v.surveys.some((s) => s.tookPlace !== 'as_recorded')) return 'disputed'
  return v.surveys.some((s) => s.tookPlace === 'as_recorded') ? 'confirmed' : 'unconfirmed'
}

const RANK: Record<Confirmation, number> = { confirmed: 3, disputed: 2, unconfirmed: 1, not_completed: 0 }

/** A family in its due period: confirmed if any of its visits is; null when it is not required. */
export function confirmationOfFamily(f: FamilyEvidence, periods: Periods): Confirmation | null {
  const due = dueFor(f.coverage, periods)
  if (!due) return null
  let best: Confirmation = 'not_completed'
  for (const v of f.visits) {
    if (v.periodId !== due.periodId) continue
    const c = confirmationOfVisit(v)
    if (RANK[c] > RANK[best]) best = c
  }
  return best
}

export type CoverageFigures = { required: number; coverage: Figure; completedUnconfirmed: Figure; disputed: Figure }

/** 到位率 = families with a confirmed visit ÷ families required; completed-but-unconfirmed beside it. */
export function coverageFigures(families: readonly FamilyEvidence[], periods: Periods): CoverageFigures {
  const counts: Record<Confirmation, number> = { confirmed: 0, disputed: 0, unconfirmed: 0, not_completed: 0 }
  const seen = new Set<string>()
  for (const f of families) {
    // The same family listed twice (two children in scope) is still one family.
    if (seen.has(f.familyId)) continue
    seen.add(f.familyId)
    const c = confirmationOfFamily(f, periods)
    if (c) counts[c] += 1
  }
  return coverageFromCounts(counts)
}

/** The figures from families counted per confirmation (the board counts them in the database). */
export function coverageFromCounts(counts: Record<Confirmation, number>): CoverageFigures {
  const required = counts.confirmed + counts.disputed + counts.unconfirmed + counts.not_completed
  return {
    required,
    coverage: figure('coverage', counts.confirmed, required, 'families'),
    completedUnconfirmed: figure('completedUnconfirmed', counts.disputed + counts.unconfirmed, required, 'families'),
    disputed: figure('disputed', counts.disputed, required, 'families'),
  }
}

/** The same figures per home class (a family with children in two classes counts in its youngest child's). */
export function coverageByClass(families: readonly FamilyEvidence[], periods: Periods): Map<string, CoverageFigures> {
  const groups = new Map<string, FamilyEvidence[]>()
  for (const f of families) {
    const classId = f.coverage.classId
    if (!classId) continue
    const list = groups.get(classId)
    if (list) list.push(f)
    else groups.set(classId, [f])
  }
  return new Map([...groups].map(([classId, fs]) => [classId, coverageFigures(fs, periods)]))
}

/** 满意率 = (满意 + 比较满意) ÷ questionnaires answered: each guardian's answer counts. */
export function satisfactionFigure(answers: ReadonlyArray<{ satisfaction: Satisfaction | null }>): Figure {
  const counts: Partial<Record<Satisfaction, number>> = {}
  for (const a of answers) if (a.satisfaction !== null) counts[a.satisfaction] = (counts[a.satisfaction] ?? 0) + 1
  return satisfactionFromCounts(counts)
}

/** 满意率 from answers counted per satisfaction (unanswered ones not among them). */
export function satisfactionFromCounts(counts: Partial<Record<Satisfaction, number>>): Figure {
  const sum = (keys: readonly Satisfaction[]) => keys.reduce((n, k) => n + (counts[k] ?? 0), 0)
  return figure('satisfaction', sum(SATISFIED), sum(SATISFACTION), 'answers')
}

export type ShownFigure = {
  key: FigureKey
  label: string
  text: string
  numerator: number | null
  denominator: number | null
  withheld: boolean
}

/** Leaders, school admins and the district see every figure; others not one built on fewer than 5 answers. */
export const seesSmallSamples = (roles: readonly Role[]) => hasAnyRole(roles, [...SCHOOL_WIDE, ...DISTRICT])

/** Individual answers are for supervision: leaders and middle managers, never the visiting teacher. */
export const seesIndividualAnswers = (roles: readonly Role[]) => hasAnyRole(roles, LEADER)

/** A figure as this viewer may see it: "样本不足" hides the counts too, so no answer can be worked out. */
export function shownTo(f: Figure, roles: readonly Role[]): ShownFigure {
  const base = { key: f.key, label: f.label }
  if (f.basis === 'answers' && f.denominator < MIN_SAMPLE && !seesSmallSamples(roles)) {
    return { ...base, text: '样本不足', numerator: null, denominator: null, withheld: true }
  }
  const rate = rateOf(f)
  return { ...base, text: rate === null ? '暂无' : formatRate(rate), numerator: f.numerator, denominator: f.denominator, withheld: false }
}
