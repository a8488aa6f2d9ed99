// 教师家访情况: per teacher, the families they own, what they held, completed and had confirmed, records
// overdue and 满意率 over five answers or more. Grouped counts for the whole school, one read of names.
import { emptyTally } from '../../../../core/coverage/board'
import { TEACHER_SHEET_PAGE } from '../../../../core/contract/reports-school.contract'
import { teacherRows, teacherSatisfaction, teacherTallies } from '../../../../core/reports/dashboard'
import { SATISFACTION, type Satisfaction } from '../../../../core/survey/questionnaire.schema'
import { Errors, ok } from '../../../../core/result'
import type { DocStore } from '../../../../core/ports/doc-store'
import { repos } from '../../../repos'
import type { RouteTable } from '../../../types'
import { schoolContext } from '../../coverage/school'
import { stateCountsBy } from '../../coverage/tallies'

type R = RouteTable<'reports'>

export const teacherSheet: R['teacherSheet'] = async ({ page }, ctx, { store }) => {
  const school = await schoolContext(store, ctx.caller, ctx.now)
  if (!school) return Errors.notFound('学校')
  const { schoolId, periods } = school
  const [semester, year, owned, answers] = await Promise.all([
    stateCountsBy(store, 'teacherId', schoolId, periods.semester.id, ctx.now),
    stateCountsBy(store, 'teacherId', schoolId, periods.year.id, ctx.now),
    store.countBy('families', 'ownerId', { schoolId, active: true }),
    answersByTeacher(store, schoolId, [periods.semester.id, periods.year.id]),
  ])
  const tallies = teacherTallies({ semester, year })
  // Owners who have not visited yet are on the sheet too, after those who have.
  const seen = new Set(tallies.map((t) => t.teacherId))
  const ids = [...tallies.map((t) => t.teacherId), ...Object.keys(owned).filter((id) => !seen.has(id))]
  const slice = ids.slice(page * TEACHER_SHEET_PAGE, (page + 1) * TEACHER_SHEET_PAGE)
  const named = slice.length ? await repos(store).staff.find({ where: { _id: { in: slice } }, limit: TEACHER_SHEET_PAGE }) : []
  const byId = new Map(tallies.map((t) => [t.teacherId, t.tally]))
  const rows = teacherRows(
    slice.map((teacherId) => ({ teacherId, tally: byId.get(teacherId) ?? emptyTally() })),
    new Map(named.map((s) => [s._id, s.name])),
  ).map((r) => ({
    staffId: r.key,
    name: r.label,
    required: owned[r.key] ?? 0,
    held: r.held,
    completed: r.completed,
    confirmed: r.confirmed,
    recordsOverdue: r.recordsOverdue,
    satisfaction: teacherSatisfaction(answers.get(r.key) ?? {}),
  }))
  return ok({ total: ids.length, page, pageSize: TEACHER_SHEET_PAGE, rows })
}

/** Answers per teacher and satisfaction in the given periods: one count per satisfaction and period. */
async function answersByTeacher(store: DocStore, schoolId: string, periodIds: string[]) {
  const out = new Map<string, Partial<Record<Satisfaction, number>>>()
  const counts = await Promise.all(
    periodIds.flatMap((periodId) =>
      SATISFACTION.map(async (satisfaction) => ({
        satisfaction,
        by: await store.countBy('survey_answers', 'teacherId', { schoolId, periodId, satisfaction }),
      })),
    ),
  )
  for (const { satisfaction, by } of counts)
    for (const [teacherId, n] of Object.entries(by)) {
      const a = out.get(teacherId) ?? out.set(teacherId, {}).get(teacherId)!
      a[satisfaction] = (a[satisfaction] ?? 0) + n
    }
  return out
}
