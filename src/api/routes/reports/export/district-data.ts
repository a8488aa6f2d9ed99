// Every school of a district on the same measures, from grouped counts by schoolId: the same tally and
// figures as one school's board, in a fixed number of round trips whatever the district's size.
import { noStates, tally, type StateCounts } from '../../../../core/coverage/board'
import { DEFAULT_CALENDAR, periodsAt, type Periods } from '../../../../core/coverage/calendar'
import { CLAIM_STATES } from '../../../../core/coverage/rules'
import type { School } from '../../../../core/model/school.schema'
import { MAX_PAGE, type DocStore, type Where } from '../../../../core/ports/doc-store'
import { scopeFigures, type ScopeFigures } from '../../../../core/reports/report.figures'
import { SATISFACTION } from '../../../../core/survey/questionnaire.schema'
import { recordsOverdueBefore } from '../../../../core/visit/record.time'
import { repos } from '../../../repos'
import { allPages } from '../../coverage/families'

type BySchool = Record<string, number>
export type DistrictData = {
  districtId: string
  districtName: string
  periods: Periods
  schools: Array<{ school: School; figures: ScopeFigures }>
}

async function statesBySchool(store: DocStore, base: Where, now: Date): Promise<Map<string, StateCounts>> {
  const [perState, past, overdue] = await Promise.all([
    Promise.all(CLAIM_STATES.map((state) => store.countBy('claims', 'schoolId', { ...base, state }))),
    store.countBy('claims', 'schoolId', { ...base, state: 'scheduled', startAt: { lte: now.toISOString() } }),
    store.countBy('claims', 'schoolId', { ...base, state: 'scheduled', startAt: { lt: recordsOverdueBefore(now) } }),
  ])
  const out = new Map<string, StateCounts>()
  const at = (s: string) => out.get(s) ?? out.set(s, noStates()).get(s)!
  CLAIM_STATES.forEach((state, i) => Object.entries(perState[i]!).forEach(([s, n]) => (at(s)[state] = n)))
  Object.entries(past).forEach(([s, n]) => (at(s).scheduledPast = n))
  Object.entries(overdue).forEach(([s, n]) => (at(s).recordsOverdue = n))
  return out
}

async function answersBySchool(store: DocStore, inSchools: Where, periods: Periods) {
  const asked = SATISFACTION.flatMap((satisfaction) =>
    [periods.semester.id, periods.year.id].map((periodId) => ({ satisfaction, periodId })),
  )
  const counts = await Promise.all(asked.map((a) => store.countBy('survey_answers', 'schoolId', { ...inSchools, ...a })))
  const out = new Map<string, Record<string, number>>()
  asked.forEach((a, i) =>
    Object.entries(counts[i]!).forEach(([s, n]) => {
      const m = out.get(s) ?? out.set(s, {}).get(s)!
      m[a.satisfaction] = (m[a.satisfaction] ?? 0) + n
    }),
  )
  return out
}

/** null when the caller's district does not exist. */
export async function districtData(store: DocStore, districtId: string, now: Date): Promise<DistrictData | null> {
  const district = await repos(store).districts.get(districtId)
  if (!district) return null
  const schools = await allPages((skip) =>
    repos(store).schools.find({ where: { districtId }, orderBy: [['name', 'asc']], limit: MAX_PAGE, skip }),
  )
  const periods = periodsAt(district.calendar ?? DEFAULT_CALENDAR, now)
  if (!schools.length) return { districtId, districtName: district.name, periods, schools: [] }
  const inSchools = { schoolId: { in: schools.map((s) => s._id) } }
  const due = (special: boolean): Promise<BySchool> => store.countBy('families', 'schoolId', { ...inSchools, active: true, special })
  const [special, other, semester, year, answers, disputes] = await Promise.all([
    due(true),
    due(false),
    statesBySchool(store, { ...inSchools, periodId: periods.semester.id }, now),
    statesBySchool(store, { ...inSchools, periodId: periods.year.id }, now),
    answersBySchool(store, inSchools, periods),
    store.countBy('disputes', 'schoolId', { ...inSchools, state: 'open' }),
  ])
  const rows = schools.map((school) => {
    const id = school._id
    const t = tally({ special: special[id] ?? 0, other: other[id] ?? 0 }, semester.get(id) ?? noStates(), year.get(id) ?? noStates())
    return { school, figures: scopeFigures(t, answers.get(id) ?? {}, disputes[id] ?? 0) }
  })
  return { districtId, districtName: district.name, periods, schools: rows }
}
