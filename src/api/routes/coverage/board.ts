import { addTallies, emptyTally, type Tally } from '../../../core/coverage/board'
import { isLeadership } from '../../../core/coverage/rules'
import type { Board } from '../../../core/contract/coverage-leader.contract'
import { gradeLabel } from '../../../core/roster-import/fields'
import { Errors, ok } from '../../../core/result'
import { MAX_PAGE, type DocStore } from '../../../core/ports/doc-store'
import type { Staff } from '../../../core/model/people.schema'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { canAssign, CLAIM_STATE_LABELS, periodView, roleLabel, schoolContext, schoolStaff, type SchoolContext } from './school'
import { boardFigures } from './survey-figures'
import { talliesByClass } from './tallies'
import { openTicketAge } from './ticket-age'

type R = RouteTable<'coverage'>
const LEADER_VISITS_SHOWN = 30

export const board: R['board'] = async (_input, ctx, { store }) => {
  const school = await schoolContext(store, ctx.caller, ctx.now)
  if (!school) return Errors.notFound('学校')
  const [tallies, staff] = await Promise.all([talliesByClass(store, school.schoolId, school.periods, ctx.now), schoolStaff(store, school.schoolId)])
  const grades = gradesOf(school, tallies)
  const total = grades.reduce((a, g) => addTallies(a, g.tally), emptyTally())
  const [leadership, figures] = await Promise.all([
    leadershipVisits(store, school, staff.filter(isLeadership)),
    boardFigures(store, school.schoolId, school.periods, total, ctx.caller.roles),
  ])
  return ok({
    schoolName: school.schoolName,
    semester: periodView(school.periods.semester),
    year: periodView(school.periods.year),
    school: total,
    grades,
    leadership,
    canAssign: canAssign(ctx.caller),
    ...figures,
    tickets: await openTicketAge(store, school.schoolId, ctx.now),
  })
}

function gradesOf(school: SchoolContext, tallies: Map<string, Tally>): Board['grades'] {
  const grades: Board['grades'] = []
  for (const c of school.classes) {
    let g = grades.at(-1)
    if (g?.grade !== c.grade) grades.push((g = { grade: c.grade, label: gradeLabel(c.grade), tally: emptyTally(), classes: [] }))
    const t = tallies.get(c._id) ?? emptyTally()
    g.classes.push({ classId: c._id, name: c.name, tally: t })
    g.tally = addTallies(g.tally, t)
  }
  return grades
}

/** The leaders' claims this school year (their semester ones too): one read and one grouped count for all of them. */
export async function leadershipVisits(store: DocStore, school: SchoolContext, leaders: Staff[]): Promise<Board['leadership']> {
  if (!leaders.length) return []
  const r = repos(store)
  const where = { teacherId: { in: leaders.map((s) => s._id) }, periodId: { in: [school.periods.year.id, school.periods.semester.id] } }
  const [found, totals] = await Promise.all([r.familyClaims.find({ where, limit: MAX_PAGE }), store.countBy('claims', 'teacherId', where)])
  const claims = leaders.map((s) => found.filter((c) => c.teacherId === s._id).slice(0, LEADER_VISITS_SHOWN))
  const familyIds = [...new Set(claims.flat().map((c) => c.familyId))]
  const kids = familyIds.length ? await r.students.find({ where: { familyId: { in: familyIds } }, limit: 100 }) : []
  const names = (familyId: string) =>
    kids
      .filter((k) => k.familyId === familyId)
      .map((k) => k.name)
      .join('、') || '（已离校）'
  return leaders.map((s, i) => ({
    staffId: s._id,
    name: s.name,
    role: roleLabel(s),
    total: totals[s._id] ?? 0,
    visits: claims[i]!.map((c) => ({
      familyId: c.familyId,
      children: names(c.familyId),
      state: CLAIM_STATE_LABELS[c.state],
      teacherName: c.teacherName,
      startAt: c.startAt,
    })),
  }))
}
