// The school dashboard's figures, assembled from grouped counts: board tallies (coverage/board.ts) per
// class and per teacher, answers per satisfaction. Rates come from survey/figures.ts only, so the
// dashboard, the plan board and the reports to the bureau agree on every number.
import { addTallies, emptyTally, noStates, tally, type StateCounts, type Tally } from '../coverage/board'
import type { Role } from '../roles'
import { coverageFromCounts, rateOf, formatRate, satisfactionFromCounts, shownTo, type ShownFigure } from '../survey/figures'
import type { Satisfaction } from '../survey/questionnaire.schema'

/** One bar and one table row: a grade, a class or a teacher. `scope` is where a tap leads (null: nowhere). */
export type DashboardRow = {
  key: string
  label: string
  scope: string | null
  required: number
  held: number
  completed: number
  confirmed: number
  recordsOverdue: number
  /** 到位率 (confirmed ÷ required) as figures.ts shows it; '—' where nothing is required of the row. */
  coverageText: string
  completedText: string
  /** The same two rates as numbers for the chart (null over nothing required). */
  coverageRate: number | null
  completedRate: number | null
}

export type ClassInfo = { classId: string; name: string; grade: number; gradeLabel: string }

/** 到位率 and 已完成未确认 of a tally: claims beyond the families still due (leavers) never count twice. */
export function coverageOfTally(t: Pick<Tally, 'required' | 'completed' | 'confirmed'>) {
  const completed = Math.min(t.completed, t.required)
  const confirmed = Math.min(t.confirmed, completed)
  // Disputed visits are among the completed-but-unconfirmed; open disputes are counted apart.
  return coverageFromCounts({ confirmed, disputed: 0, unconfirmed: completed - confirmed, not_completed: t.required - completed })
}

const rate = (numerator: number, denominator: number) => rateOf({ numerator, denominator })
const rateText = (r: number | null) => (r === null ? '—' : formatRate(r))

export function rowOf(key: string, label: string, scope: string | null, t: Tally): DashboardRow {
  const c = coverageOfTally(t)
  const coverageRate = rate(c.coverage.numerator, c.coverage.denominator)
  const completedRate = rate(Math.min(t.completed, t.required), t.required)
  return {
    key,
    label,
    scope,
    required: t.required,
    held: t.held,
    completed: t.completed,
    confirmed: t.confirmed,
    recordsOverdue: t.recordsOverdue,
    coverageText: rateText(coverageRate),
    completedText: rateText(completedRate),
    coverageRate,
    completedRate,
  }
}

/** A class's claims beyond its families still due (leavers) capped per class: another class's gaps stay gaps. */
const capped = (t: Tally): Tally => {
  const completed = Math.min(t.completed, t.required)
  return { ...t, completed, confirmed: Math.min(t.confirmed, completed) }
}

/** Rows per grade and per class, in the roster's order, and the school's total tally (capped per class). */
export function byGradeAndClass(classes: readonly ClassInfo[], tallies: ReadonlyMap<string, Tally>) {
  const grades: DashboardRow[] = []
  const classRows: DashboardRow[] = []
  let total = emptyTally()
  let gradeTally = emptyTally()
  classes.forEach((c, i) => {
    const t = capped(tallies.get(c.classId) ?? emptyTally())
    classRows.push(rowOf(c.classId, c.name, `class:${c.classId}`, t))
    gradeTally = addTallies(gradeTally, t)
    total = addTallies(total, t)
    if (classes[i + 1]?.grade !== c.grade) {
      grades.push(rowOf(`grade:${c.grade}`, c.gradeLabel, `grade:${c.grade}`, gradeTally))
      gradeTally = emptyTally()
    }
  })
  return { grades, classes: classRows, total }
}

/** Claims per state, grouped by one field (teacher): per period, as the database counted them. */
export type GroupedStates = { semester: Map<string, StateCounts>; year: Map<string, StateCounts> }

/** Per teacher, most held first: nothing is required of a teacher here (families are due per class), only what they did. */
export function teacherTallies(counts: GroupedStates): Array<{ teacherId: string; tally: Tally }> {
  const ids = new Set([...counts.semester.keys(), ...counts.year.keys()])
  const out = [...ids].map((teacherId) => ({
    teacherId,
    tally: tally({ special: 0, other: 0 }, counts.semester.get(teacherId) ?? noStates(), counts.year.get(teacherId) ?? noStates()),
  }))
  return out.sort((a, b) => b.tally.held - a.tally.held || (a.teacherId < b.teacherId ? -1 : 1))
}

export const teacherRows = (tallies: ReadonlyArray<{ teacherId: string; tally: Tally }>, names: ReadonlyMap<string, string>) =>
  tallies.map((t) => rowOf(t.teacherId, names.get(t.teacherId) ?? '（已离职）', null, t.tally))

export type DashboardCounts = {
  total: Tally
  answers: Partial<Record<Satisfaction, number>>
  disputesOpen: number
  ticketsOpen: number
  leadershipVisits: number
}

export type Headline = {
  figures: ShownFigure[]
  required: number
  completed: number
  confirmed: number
  specialRequired: number
  specialVisited: number
  recordsOverdue: number
  disputesOpen: number
  ticketsOpen: number
  leadershipVisits: number
}

/** The dashboard's headline: 到位率, 已完成未确认 and 满意率 as shown to this viewer, and the plain counts. */
export function headline(c: DashboardCounts, roles: readonly Role[]): Headline {
  const cov = coverageOfTally(c.total)
  const figures = [cov.coverage, cov.completedUnconfirmed, satisfactionFromCounts(c.answers)].map((f) => shownTo(f, roles))
  const t = c.total
  return {
    figures,
    required: t.required,
    completed: Math.min(t.completed, t.required),
    confirmed: cov.coverage.numerator,
    specialRequired: t.specialRequired,
    specialVisited: t.specialRequired - t.specialNotVisited,
    recordsOverdue: t.recordsOverdue,
    disputesOpen: c.disputesOpen,
    ticketsOpen: c.ticketsOpen,
    leadershipVisits: c.leadershipVisits,
  }
}

/** The teacher sheet's 满意率: over five answers or more only, whoever looks (ethics assessment). */
export function teacherSatisfaction(answers: Partial<Record<Satisfaction, number>>): ShownFigure {
  return shownTo(satisfactionFromCounts(answers), [])
}
