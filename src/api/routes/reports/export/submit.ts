// reports.submitReport / submissions: the principal sends a built report; each submit is a new,
// immutable version (the version number is the lock: two submits never share one).
import { calendarOf } from '../../../coverage/calendar'
import { periodLabel, periodsAt } from '../../../../core/coverage/calendar'
import { reportDeadline } from '../../../../core/reports/district.rules'
import { totalSnapshot, type SchoolReport } from '../../../../core/reports/school-report.sheets'
import { Errors, ok } from '../../../../core/result'
import { repos } from '../../../repos'
import type { RouteTable } from '../../../types'
import { submissionsOf, submissionView } from './district-view'
import { jobsOf } from './jobs'

type R = RouteTable<'reports'>
const VERSION_TRIES = 5

export const submitReport: R['submitReport'] = async ({ jobId }, ctx, deps) => {
  const job = await jobsOf(deps).get(jobId)
  const school = job?.schoolId ? await repos(deps.store).schools.get(job.schoolId) : null
  if (!job || !school || job.ownerUserId !== ctx.caller.user._id || job.schoolId !== ctx.caller.schoolId) return Errors.notFound('报告')
  if (job.state !== 'done' || !job.fileId || !job.name) return Errors.badInput('报告还在生成中，请等进度到100%后再提交')
  const subs = submissionsOf(deps.store)
  const report = (job.data as { report: SchoolReport }).report
  for (let i = 0; i < VERSION_TRIES; i++) {
    const [latest] = await subs.find({ where: { schoolId: school._id, periodId: job.periodId }, orderBy: [['version', 'desc']], limit: 1 })
    // The same job submitted again (a retried request) is the submission already made.
    if (latest?.jobId === jobId) return ok(submissionView(latest))
    const version = (latest?.version ?? 0) + 1
    const doc = {
      _id: `rs:${school._id}:${job.periodId}:${version}`,
      schoolId: school._id,
      schoolName: school.name,
      districtId: school.districtId,
      periodId: job.periodId,
      version,
      jobId,
      fileId: job.fileId,
      name: job.name,
      figures: totalSnapshot(report),
      submittedBy: ctx.caller.user._id,
      submittedByName: ctx.caller.staff?.name ?? ctx.caller.user.name,
      submittedAt: ctx.now.toISOString(),
    }
    if ((await subs.insert(doc)) === 'ok') return ok(submissionView({ ...doc, _v: 1 }))
  }
  return Errors.badInput('提交的人较多，请稍后再试')
}

export const submissions: R['submissions'] = async (_input, ctx, { store }) => {
  const school = ctx.caller.schoolId ? await repos(store).schools.get(ctx.caller.schoolId) : null
  if (!school) return Errors.notFound('学校')
  const year = periodsAt(await calendarOf(store, school._id), ctx.now).year
  const rows = await submissionsOf(store).find({
    where: { schoolId: school._id, periodId: year.id },
    orderBy: [['version', 'desc']],
    limit: 100,
  })
  return ok({
    schoolName: school.name,
    periodLabel: periodLabel(year.id),
    deadline: reportDeadline(year.first),
    canSubmit: ctx.caller.roles.includes('principal'),
    rows: rows.map(submissionView),
  })
}
