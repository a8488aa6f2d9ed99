// The admin's view of a staged import, and carrying one on after a crash, a timeout or a reload.
import { Errors, ok } from '../../core/result'
import { isSchoolWide } from '../policy'
import type { Ctx, Deps } from '../types'
import { runImportJob } from './import-job'
import { progressOf, runningJob } from './start-job'

/** A call may take steps for this long (a cloud function has 60 s). */
const CALL_BUDGET_MS = 40_000

function schoolOf(ctx: Ctx): string | null {
  const schoolId = ctx.caller.schoolId
  return schoolId && isSchoolWide(ctx.caller, schoolId) ? schoolId : null
}

export async function importProgress(ctx: Ctx, deps: Deps) {
  const schoolId = schoolOf(ctx)
  if (!schoolId) return Errors.forbidden()
  const job = await runningJob(deps, schoolId)
  return ok({ job: job && progressOf(job) })
}

/** Runs the school's job from its cursor while time allows; the scheduler does the same for every school. */
export async function resumeImport(ctx: Ctx, deps: Deps) {
  const schoolId = schoolOf(ctx)
  if (!schoolId) return Errors.forbidden()
  const job = await runningJob(deps, schoolId)
  if (!job) return ok({ job: null })
  const started = Date.now()
  return ok({ job: progressOf(await runImportJob(job._id, deps, ctx.now, () => Date.now() - started < CALL_BUDGET_MS)) })
}
