// What the school's report holds, read through the plan board's own grouped counts (tallies.ts,
// board.ts, families.ts): its numbers are the dashboard's. Figures first, special families by classes.
import { addTallies, emptyTally } from '../../../../core/coverage/board'
import { isLeadership } from '../../../../core/coverage/rules'
import { MAX_PAGE, type DocStore } from '../../../../core/ports/doc-store'
import { scopeFigures, sumAnswers } from '../../../../core/reports/report.figures'
import { maskChildren, type SchoolReport, type SpecialFamily } from '../../../../core/reports/school-report.sheets'
import { isOnRoll } from '../../../../core/model/family.schema'
import { maskName } from '../../../../core/privacy/mask'
import { gradeLabel } from '../../../../core/roster-import/fields'
import { SATISFACTION } from '../../../../core/survey/questionnaire.schema'
import { localDateOf, periodLabel } from '../../../../core/coverage/calendar'
import { repos } from '../../../repos'
import { leadershipVisits } from '../../coverage/board'
import { allPages, classFamilies } from '../../coverage/families'
import { CLAIM_STATE_LABELS, schoolStaff, type SchoolContext } from '../../coverage/school'
import { talliesByClass } from '../../coverage/tallies'
import { specialByCategory } from '../../coverage/categories'

type Counts = Record<string, number>

/** Answers per class and satisfaction in both periods: 2 × 4 grouped counts, whatever the size. */
async function answersByClass(store: DocStore, school: SchoolContext): Promise<Map<string, Counts>> {
  const periods = [school.periods.semester.id, school.periods.year.id]
  const asked = SATISFACTION.flatMap((satisfaction) => periods.map((periodId) => ({ satisfaction, periodId })))
  const counts = await Promise.all(asked.map((a) => store.countBy('survey_answers', 'classId', { schoolId: school.schoolId, ...a })))
  const out = new Map<string, Counts>()
  asked.forEach((a, i) =>
    Object.entries(counts[i]!).forEach(([c, n]) => {
      const m = out.get(c) ?? out.set(c, {}).get(c)!
      m[a.satisfaction] = (m[a.satisfaction] ?? 0) + n
    }),
  )
  return out
}

/** The school's published typical cases, newest first (one indexed page). */
async function schoolCases(store: DocStore, schoolId: string): Promise<SchoolReport['typicalCases']> {
  const cases = await repos(store).typical_cases.find({ where: { schoolId }, orderBy: [['publishedAt', 'desc']], limit: MAX_PAGE })
  return cases.map((c) => ({
    title: c.title,
    gradeLabel: c.grade === null ? '' : gradeLabel(c.grade),
    publishedOn: localDateOf(c.publishedAt),
  }))
}

/**
 * The report without its special-family list (which later slices add, a few classes at a time); the
 * category counts only for who may see categories (as on the dashboard).
 */
export async function schoolFiguresPart(store: DocStore, school: SchoolContext, now: Date, withCategories: boolean): Promise<SchoolReport> {
  const [tallies, answers, disputesOpen, staff, categories] = await Promise.all([
    talliesByClass(store, school.schoolId, school.periods, now),
    answersByClass(store, school),
    store.count('disputes', { schoolId: school.schoolId, state: 'open' }),
    schoolStaff(store, school.schoolId),
    withCategories ? specialByCategory(store, school.schoolId, school.periods, now) : null,
  ])
  const leadership = await leadershipVisits(store, school, staff.filter(isLeadership))
  const classes = school.classes.map((c) => ({
    classId: c._id,
    gradeLabel: gradeLabel(c.grade),
    className: c.name,
    figures: scopeFigures(tallies.get(c._id) ?? emptyTally(), answers.get(c._id) ?? {}, 0),
  }))
  const total = school.classes.reduce((a, c) => addTallies(a, tallies.get(c._id) ?? emptyTally()), emptyTally())
  return {
    schoolName: school.schoolName,
    periodLabel: periodLabel(school.periods.year.id),
    classes,
    total: scopeFigures(total, sumAnswers(...school.classes.map((c) => answers.get(c._id) ?? {})), disputesOpen),
    special: [],
    leadership: leadership.map((l) => ({
      name: l.name,
      role: l.role,
      total: l.total,
      visits: l.visits.map((v) => ({ children: maskChildren(v.children), state: v.state, startAt: v.startAt })),
    })),
    typicalCases: await schoolCases(store, school.schoolId),
    categories,
  }
}

/** Special families not visited this semester in a few classes, in the board's order. */
export async function specialFamilies(store: DocStore, school: SchoolContext, classIds: string[], now: Date): Promise<SpecialFamily[]> {
  const parts = await Promise.all(classIds.map((c) => classFamilies(store, school, c, 'specialNotVisited', now)))
  const rows = parts.flatMap((p, i) => p.map((r) => ({ ...r, className: school.classById.get(classIds[i]!)?.name ?? '' })))
  const ids = rows.map((r) => r.family._id)
  const kids = (
    await Promise.all(
      chunks(ids, MAX_PAGE).map((part) =>
        allPages((skip) => repos(store).students.find({ where: { familyId: { in: part } }, limit: MAX_PAGE, skip })),
      ),
    )
  ).flat()
  const staff = new Map((await schoolStaff(store, school.schoolId)).map((s) => [s._id, s.name]))
  return rows.map(({ family, claim, className }) => ({
    className,
    // Masked before the job keeps them: the job document is not sealed.
    children: kids.filter((k) => k.familyId === family._id && isOnRoll(k)).map((k) => maskName(k.name)),
    ownerName: (family.ownerId && staff.get(family.ownerId)) || null,
    claimState: claim ? CLAIM_STATE_LABELS[claim.state] : null,
  }))
}

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n))
