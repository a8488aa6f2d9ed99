// The plan board's figures per class, from grouped counts in the database: two counts of due families
// and six of claims per period, whatever the number of families (DESIGN §3: never load them all).
import { noStates, tally, type StateCounts, type Tally } from '../../../core/coverage/board'
import type { Periods } from '../../../core/coverage/calendar'
import { CLAIM_STATES } from '../../../core/coverage/rules'
import type { DocStore, Where } from '../../../core/ports/doc-store'
import { recordsOverdueBefore } from '../../../core/visit/record.time'

type ByClass = Record<string, number>

const stateCounts = (store: DocStore, schoolId: string, periodId: string, now: Date) => stateCountsBy(store, 'classId', schoolId, periodId, now)

/** A school's claims in one period per state, grouped by class or by teacher: six counts. */
export async function stateCountsBy(
  store: DocStore,
  field: 'classId' | 'teacherId',
  schoolId: string,
  periodId: string,
  now: Date,
): Promise<Map<string, StateCounts>> {
  const where = { schoolId, periodId }
  const [perState, past, overdue] = await Promise.all([
    Promise.all(CLAIM_STATES.map((state) => store.countBy('claims', field, { ...where, state }))),
    store.countBy('claims', field, { ...where, state: 'scheduled', startAt: { lte: now.toISOString() } }),
    store.countBy('claims', field, { ...where, state: 'scheduled', startAt: { lt: recordsOverdueBefore(now) } }),
  ])
  const out = new Map<string, StateCounts>()
  const at = (classId: string) => out.get(classId) ?? out.set(classId, noStates()).get(classId)!
  CLAIM_STATES.forEach((state, i) => Object.entries(perState[i]!).forEach(([c, n]) => (at(c)[state] = n)))
  Object.entries(past).forEach(([c, n]) => (at(c).scheduledPast = n))
  Object.entries(overdue).forEach(([c, n]) => (at(c).recordsOverdue = n))
  return out
}

/**
 * Held claims grouped by one field: completed or confirmed, and agreed with their start passed, in two
 * counts that add up to the board's `held` (measures in board.ts: scheduledPast + completed + confirmed).
 */
export function heldCountsBy(store: DocStore, field: 'format' | 'familyId', where: Where, now: Date): Promise<Array<Record<string, number>>> {
  return Promise.all([
    store.countBy('claims', field, { ...where, state: { in: ['completed', 'confirmed'] } }),
    store.countBy('claims', field, { ...where, state: 'scheduled', startAt: { lte: now.toISOString() } }),
  ])
}

/** Each class's tally this period (classes with nothing due and nothing claimed are absent). */
export async function talliesByClass(store: DocStore, schoolId: string, periods: Periods, now: Date): Promise<Map<string, Tally>> {
  const due = (special: boolean): Promise<ByClass> => store.countBy('families', 'classId', { schoolId, active: true, special })
  const [special, other, semester, year] = await Promise.all([
    due(true),
    due(false),
    stateCounts(store, schoolId, periods.semester.id, now),
    stateCounts(store, schoolId, periods.year.id, now),
  ])
  const ids = new Set([...Object.keys(special), ...Object.keys(other), ...semester.keys(), ...year.keys()])
  const out = new Map<string, Tally>()
  for (const c of ids) {
    const req = { special: special[c] ?? 0, other: other[c] ?? 0 }
    out.set(c, tally(req, semester.get(c) ?? noStates(), year.get(c) ?? noStates()))
  }
  return out
}
