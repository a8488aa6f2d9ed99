// The report's and the district's measures for one scope (a class, a grade, a school), from the board's
// tally and the grouped answer and dispute counts: 到位率 and 满意率 by figures.ts, never recomputed.
import type { Tally } from '../coverage/board'
import { coverageFromCounts, formatRate, rateOf, satisfactionFromCounts, type Figure } from '../survey/figures'
import type { Satisfaction } from '../survey/questionnaire.schema'

export type ScopeFigures = {
  required: number
  completed: number
  confirmed: number
  /** 到位率: confirmed over required. */
  coverage: Figure
  satisfaction: Figure
  disputesOpen: number
  recordsOverdue: number
  specialRequired: number
  specialNotVisited: number
}

/** As the board's figures do: completed capped by required, confirmed by completed (leavers' claims). */
export function scopeFigures(t: Tally, answers: Partial<Record<Satisfaction, number>>, disputesOpen: number): ScopeFigures {
  const completed = Math.min(t.completed, t.required)
  const confirmed = Math.min(t.confirmed, completed)
  const c = coverageFromCounts({ confirmed, disputed: 0, unconfirmed: completed - confirmed, not_completed: t.required - completed })
  return {
    required: t.required,
    completed,
    confirmed,
    coverage: c.coverage,
    satisfaction: satisfactionFromCounts(answers),
    disputesOpen,
    recordsOverdue: t.recordsOverdue,
    specialRequired: t.specialRequired,
    specialNotVisited: t.specialNotVisited,
  }
}

/** A rate as the sheet shows it: 85.3% or — over nothing. */
export const rateText = (f: Pick<Figure, 'numerator' | 'denominator'>) => {
  const r = rateOf(f)
  return r === null ? '—' : formatRate(r)
}

/** Special families visited this semester over those due. */
export const specialCoverage = (f: Pick<ScopeFigures, 'specialRequired' | 'specialNotVisited'>) => ({
  numerator: f.specialRequired - f.specialNotVisited,
  denominator: f.specialRequired,
})

/** Answers summed over the semester and the year (each family answers in its own period). */
export function sumAnswers(...parts: Array<Record<string, number>>): Partial<Record<Satisfaction, number>> {
  const out: Record<string, number> = {}
  for (const p of parts) for (const [k, n] of Object.entries(p)) out[k] = (out[k] ?? 0) + n
  return out
}
