// The school dashboard: the plan board's per-class tallies, the same six claim counts per teacher, answers
// per satisfaction and the open disputes and tickets; special families by category for those who may see
// categories. A fixed number of grouped counts whatever the size.
import { byGradeAndClass, headline, teacherRows, teacherTallies, type ClassInfo } from '../../../../core/reports/dashboard'
import { gradeLabel } from '../../../../core/roster-import/fields'
import { Errors, ok } from '../../../../core/result'
import { MAX_PAGE, type DocStore } from '../../../../core/ports/doc-store'
import { repos } from '../../../repos'
import { TICKET_ROUTES } from '../../../../core/survey/ticket.rules'
import type { RouteTable } from '../../../types'
import { canSeeSchoolCategories } from '../../../policy'
import type { Role } from '../../../../core/roles'
import { periodView, schoolContext, type SchoolContext } from '../../coverage/school'
import { stateCountsBy, talliesByClass } from '../../coverage/tallies'
import { specialByCategory } from '../../coverage/categories'
import { heldByFormat } from './formats'
import { weeklyTrend } from './trend'
import { stampedCache } from '../../roster/stamped-cache'
import type { SchoolDashboard } from '../../../../core/contract/reports-school.contract'

type R = RouteTable<'reports'>

// Kept while nothing it counts is written (stamped-cache.ts: exact on the local engine; the cloud reads
// every time), per minute since "held" and "overdue" move with the clock, per what the caller may see.
const kept = stampedCache<SchoolDashboard>(
  ['districts', 'schools', 'classes', 'staff', 'families', 'claims', 'survey_answers', 'disputes', 'tickets', 'special_members'],
  { ttlMs: 60_000, max: 1_000 },
)

export const schoolDashboard: R['schoolDashboard'] = async (_input, ctx, { store }) => {
  const school = await schoolContext(store, ctx.caller, ctx.now)
  if (!school) return Errors.notFound('学校')
  const seesCategories = canSeeSchoolCategories(ctx.caller, school.schoolId)
  const key = `${school.schoolId}:${[...ctx.caller.roles].sort().join(',')}:${seesCategories}:${ctx.now.toISOString().slice(0, 16)}`
  return ok(await kept.get(store, key, () => schoolView(store, school, ctx.caller.roles, seesCategories, ctx.now)))
}

async function schoolView(
  store: DocStore,
  school: SchoolContext,
  roles: readonly Role[],
  seesCategories: boolean,
  now: Date,
): Promise<SchoolDashboard> {
  const { semester, year } = school.periods
  const [tallies, leaders, teachersSemester, teachersYear, counts, categories] = await Promise.all([
    talliesByClass(store, school.schoolId, school.periods, now),
    leadershipIds(store, school.schoolId),
    stateCountsBy(store, 'teacherId', school.schoolId, semester.id, now),
    stateCountsBy(store, 'teacherId', school.schoolId, year.id, now),
    otherCounts(store, school),
    seesCategories ? specialByCategory(store, school.schoolId, school.periods, now) : undefined,
  ])
  const classes: ClassInfo[] = school.classes.map((c) => ({
    classId: c._id,
    name: c.name,
    grade: c.grade,
    gradeLabel: gradeLabel(c.grade),
  }))
  const rows = byGradeAndClass(classes, tallies)
  const [trend, formats] = await Promise.all([
    weeklyTrend(store, school.schoolId, school.periods, rows.total.required, now),
    heldByFormat(store, school.schoolId, school.periods, now),
  ])
  const all = teacherTallies({ semester: teachersSemester, year: teachersYear })
  const leadershipVisits = all.filter((t) => leaders.has(t.teacherId)).reduce((n, t) => n + t.tally.held, 0)
  const teachers = await busiestTeachers(store, all)
  return {
    schoolName: school.schoolName,
    semester: periodView(semester),
    year: periodView(year),
    headline: headline({ total: rows.total, ...counts, leadershipVisits }, roles),
    grades: rows.grades,
    classes: rows.classes.map((r, i) => ({ ...r, grade: classes[i]!.grade })),
    teachers,
    teachersTotal: all.length,
    trend,
    formats,
    ...(categories ? { categories } : {}),
  }
}

/** The busiest teachers by name, in one read: the whole staff would cost a read per hundred (teacherSheet pages). */
async function busiestTeachers(store: DocStore, all: ReturnType<typeof teacherTallies>) {
  const shown = all.slice(0, MAX_PAGE)
  const named = shown.length
    ? await repos(store).staff.find({ where: { _id: { in: shown.map((t) => t.teacherId) } }, limit: MAX_PAGE })
    : []
  return teacherRows(shown, new Map(named.map((s) => [s._id, s.name])))
}

/** The leadership team (principal and leaders, active): two small reads by role. */
async function leadershipIds(store: DocStore, schoolId: string): Promise<Set<string>> {
  const byRole = (role: 'principal' | 'leader') =>
    repos(store).staff.find({ where: { schoolId, status: 'active', roles: { has: role } }, limit: MAX_PAGE })
  const [p, l] = await Promise.all([byRole('principal'), byRole('leader')])
  return new Set([...p, ...l].map((s) => s._id))
}

/** Answers per satisfaction in both periods, open disputes and open opinion tickets: four counts. */
async function otherCounts(store: DocStore, school: SchoolContext) {
  const { schoolId, periods } = school
  const bySatisfaction = (periodId: string) => store.countBy('survey_answers', 'satisfaction', { schoolId, periodId })
  const [semester, year, disputesOpen, tickets] = await Promise.all([
    bySatisfaction(periods.semester.id),
    bySatisfaction(periods.year.id),
    store.count('disputes', { schoolId, state: 'open' }),
    store.countBy('tickets', 'route', { schoolId, route: { in: [...TICKET_ROUTES] }, state: 'open' }),
  ])
  const answers: Record<string, number> = { ...semester }
  for (const [k, n] of Object.entries(year)) answers[k] = (answers[k] ?? 0) + n
  return { answers, disputesOpen, ticketsOpen: Object.values(tickets).reduce((a, b) => a + b, 0) }
}
