// The plan board's arithmetic: per-state claim counts turned into the measures of rules.ts. Cumulative
// exactly as measuresOf says (a completed visit was also scheduled and held), so the board, its lists
// and later reports agree.
import { MEASURE_LABELS, type ClaimState } from './rules'

/** Claims per state in one scope and period, and the scheduled ones whose agreed start has passed. */
export type StateCounts = Record<ClaimState, number> & { scheduledPast: number; recordsOverdue: number }

export type Tally = {
  required: number
  proposed: number
  scheduled: number
  held: number
  completed: number
  confirmed: number
  unclaimed: number
  specialRequired: number
  specialNotVisited: number
  /** Held (agreed time passed) with no record, and its five days over. */
  recordsOverdue: number
}

export const BOARD_MEASURES = ['required', 'unclaimed', 'scheduled', 'held', 'completed', 'confirmed', 'specialNotVisited'] as const
export type BoardMeasure = (typeof BOARD_MEASURES)[number]
export const BOARD_MEASURE_LABELS: Record<BoardMeasure, string> = {
  required: MEASURE_LABELS.required,
  unclaimed: '未安排',
  scheduled: MEASURE_LABELS.scheduled,
  held: MEASURE_LABELS.held,
  completed: MEASURE_LABELS.completed,
  confirmed: MEASURE_LABELS.confirmed,
  specialNotVisited: '特殊家庭未访',
}

export const noStates = (): StateCounts => ({ proposed: 0, scheduled: 0, completed: 0, confirmed: 0, scheduledPast: 0, recordsOverdue: 0 })

/** measuresOf, summed: proposed ⊇ scheduled ⊇ held ⊇ completed ⊇ confirmed. */
function measures(c: StateCounts) {
  const done = c.completed + c.confirmed
  return { proposed: c.proposed + c.scheduled + done, scheduled: c.scheduled + done, held: c.scheduledPast + done, completed: done, confirmed: c.confirmed }
}

/** One scope's figures: special families count in their semester, the others in their school year. */
export function tally(required: { special: number; other: number }, semester: StateCounts, year: StateCounts): Tally {
  const s = measures(semester)
  const y = measures(year)
  const sum = (k: keyof typeof s) => s[k] + y[k]
  const all = required.special + required.other
  return {
    required: all,
    proposed: sum('proposed'),
    scheduled: sum('scheduled'),
    held: sum('held'),
    completed: sum('completed'),
    confirmed: sum('confirmed'),
    // A claim may outlive its family's place in the roster (a leaver): never below zero.
    unclaimed: Math.max(0, all - sum('proposed')),
    specialRequired: required.special,
    specialNotVisited: Math.max(0, required.special - s.held),
    recordsOverdue: semester.recordsOverdue + year.recordsOverdue,
  }
}

export const addTallies = (a: Tally, b: Tally): Tally =>
  Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Tally] + b[k as keyof Tally]])) as Tally

export const emptyTally = (): Tally => tally({ special: 0, other: 0 }, noStates(), noStates())

/** Whether one due family counts toward a board measure, from its claim (null: not claimed). */
export function familyCounts(
  measure: BoardMeasure,
  f: { special: boolean },
  claim: { measures: readonly string[] } | null,
): boolean {
  if (measure === 'required') return true
  if (measure === 'unclaimed') return !claim
  if (measure === 'specialNotVisited') return f.special && !claim?.measures.includes('held')
  return !!claim?.measures.includes(measure)
}

/** Which part of which class a window [offset, offset + size) of the concatenated lists covers. */
export function slices(counts: number[], offset: number, size: number) {
  const out: Array<{ index: number; from: number; to: number }> = []
  let start = 0
  counts.forEach((n, index) => {
    const from = Math.max(offset, start)
    const to = Math.min(offset + size, start + n)
    if (to > from) out.push({ index, from: from - start, to: to - start })
    start += n
  })
  return out
}
