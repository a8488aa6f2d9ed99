// reports.startReport / reportJob / reportFile: a report job started, advanced one slice per poll, fetched.
import { calendarOf } from '../../../coverage/calendar'
import { periodsAt } from '../../../../core/coverage/calendar'
import { Errors, ok } from '../../../../core/result'
import { hasAnyRole, LEADER } from '../../../../core/roles'
import type { Caller, Deps, RouteTable } from '../../../types'
import { repos } from '../../../repos'
import { submissionsOf } from './district-view'
import { advance, jobsOf, jobView, newJobId } from './jobs'

type R = RouteTable<'reports'>

/** Whose report the caller may start: their school's (leaders) or their district's (the bureau). */
async function scopeOf(kind: 'school' | 'district', caller: Caller, deps: Deps, now: Date) {
  if (kind === 'district') {
    const districtId = caller.roles.includes('district') ? caller.user.districtId : null
    const district = districtId ? await repos(deps.store).districts.get(districtId) : null
    return district && { schoolId: null, districtId: district._id, periodId: periodsAt(district.calendar, now).year.id }
  }
  const school = hasAnyRole(caller.roles, LEADER) && caller.schoolId ? await repos(deps.store).schools.get(caller.schoolId) : null
  if (!school) return null
  return { schoolId: school._id, districtId: school.districtId, periodId: periodsAt(await calendarOf(deps.store, school._id), now).year.id }
}

export const startReport: R['startReport'] = async ({ kind }, ctx, deps) => {
  const scope = await scopeOf(kind, ctx.caller, deps, ctx.now)
  if (!scope) return Errors.notFound('报告')
  const at = ctx.now.toISOString()
  const job = { _id: newJobId(ctx), kind, ...scope, ownerUserId: ctx.caller.user._id, state: 'running' as const, step: 0, steps: 1 }
  const doc = { ...job, data: null, fileId: null, name: null, createdAt: at, updatedAt: at }
  // A retried request finds its own job.
  if ((await jobsOf(deps).insert(doc)) === 'duplicate') return reportJob({ jobId: doc._id }, ctx, deps)
  return ok(jobView(await advance({ ...doc, _v: 1 }, ctx, deps)))
}

export const reportJob: R['reportJob'] = async ({ jobId }, ctx, deps) => {
  const job = await jobsOf(deps).get(jobId)
  if (!job || job.ownerUserId !== ctx.caller.user._id) return Errors.notFound('报告')
  return ok(jobView(job.state === 'running' ? await advance(job, ctx, deps) : job))
}

export const reportFile: R['reportFile'] = async ({ jobId, submissionId }, ctx, deps) => {
  const file = jobId ? await ownJobFile(jobId, ctx.caller, deps) : submissionId ? await submittedFile(submissionId, ctx.caller, deps) : null
  if (!file) return Errors.notFound('报告')
  return ok({ url: await deps.files.url(file.fileId), name: file.name })
}

async function ownJobFile(jobId: string, caller: Caller, deps: Deps) {
  const job = await jobsOf(deps).get(jobId)
  if (!job || job.ownerUserId !== caller.user._id || !job.fileId || !job.name) return null
  return { fileId: job.fileId, name: job.name }
}

/** The school's leaders, and the bureau of its district. */
async function submittedFile(submissionId: string, caller: Caller, deps: Deps) {
  const s = await submissionsOf(deps.store).get(submissionId)
  if (!s) return null
  const ofSchool = hasAnyRole(caller.roles, LEADER) && caller.schoolId === s.schoolId
  const ofDistrict = caller.roles.includes('district') && caller.user.districtId === s.districtId
  return ofSchool || ofDistrict ? { fileId: s.fileId, name: s.name } : null
}
