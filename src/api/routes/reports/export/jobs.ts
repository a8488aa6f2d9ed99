// Report jobs: a report is built in bounded slices (figures, a few classes' special families, the file),
// one per poll, so no call comes near the cloud function's time limit however large the school.
import { randomBytes } from 'node:crypto'
import type { JobView } from '../../../../core/contract/reports-export.contract'
import { typedRepo } from '../../../../core/ports/typed-repo'
import { ReportJobSchema, type ReportJob } from '../../../../core/reports/report.collections'
import { reportFileName, reportSheets, totalSnapshot, type SchoolReport } from '../../../../core/reports/school-report.sheets'
import { districtSheets } from '../../../../core/reports/district.sheets'
import { workbooksOf } from '../../../roster-import/workbooks'
import type { Ctx, Deps } from '../../../types'
import { canSeeSchoolCategories } from '../../../policy'
import { schoolContext } from '../../coverage/school'
import { schoolFiguresPart, specialFamilies } from './school-data'
import { districtView, type DistrictView } from './district-view'

/** Classes whose special families one slice lists. */
export const CLASSES_PER_SLICE = 8

type SchoolJobData = { report: SchoolReport; pending: string[][] }
type DistrictJobData = { view: DistrictView }

export const jobsOf = (deps: Deps) => typedRepo(deps.store, 'report_jobs', ReportJobSchema)

export const jobView = (j: ReportJob): JobView => ({
  jobId: j._id,
  kind: j.kind,
  state: j.state,
  progress: j.state === 'done' ? 100 : Math.floor((j.step * 100) / Math.max(1, j.steps)),
  name: j.name,
  figures: j.kind === 'school' && j.step > 0 ? totalSnapshot((j.data as SchoolJobData).report) : null,
})

export const newJobId = (ctx: Ctx) => `rj-${ctx.requestId ?? randomBytes(12).toString('base64url')}`

/** One slice: gather, or list a few classes, or write the file. The update is a compare-and-set. */
export async function advance(job: ReportJob, ctx: Ctx, deps: Deps): Promise<ReportJob> {
  const set = job.kind === 'school' ? await schoolSlice(job, ctx, deps) : await districtSlice(job, ctx, deps)
  const next = { ...set, updatedAt: ctx.now.toISOString() }
  const moved = await jobsOf(deps).update(job._id, next, job._v)
  if (!moved) return (await jobsOf(deps).get(job._id)) ?? job
  return { ...job, ...next, _v: job._v + 1 }
}

type Slice = Partial<Omit<ReportJob, '_id' | '_v'>>

async function schoolSlice(job: ReportJob, ctx: Ctx, deps: Deps): Promise<Slice> {
  const school = await schoolContext(deps.store, ctx.caller, ctx.now)
  if (!school || school.schoolId !== job.schoolId) return { state: 'failed' }
  if (job.step === 0) {
    const report = await schoolFiguresPart(deps.store, school, ctx.now, canSeeSchoolCategories(ctx.caller, school.schoolId))
    const withSpecial = report.classes.filter((c) => c.figures.specialNotVisited > 0).map((c) => c.classId)
    const pending = Array.from({ length: Math.ceil(withSpecial.length / CLASSES_PER_SLICE) }, (_, i) =>
      withSpecial.slice(i * CLASSES_PER_SLICE, (i + 1) * CLASSES_PER_SLICE),
    )
    return { step: 1, steps: pending.length + 2, data: { report, pending } satisfies SchoolJobData }
  }
  const data = job.data as SchoolJobData
  const [next, ...rest] = data.pending
  if (next) {
    const found = await specialFamilies(deps.store, school, next, ctx.now)
    return { step: job.step + 1, data: { report: { ...data.report, special: [...data.report.special, ...found] }, pending: rest } }
  }
  return store(job, reportFileName(data.report), await workbooksOf(deps).book(reportSheets(data.report)), deps)
}

async function districtSlice(job: ReportJob, ctx: Ctx, deps: Deps): Promise<Slice> {
  if (job.step === 0) {
    const view = await districtView(deps.store, job.districtId, ctx.now)
    if (!view) return { state: 'failed' }
    return { step: 1, steps: 2, data: { view } satisfies DistrictJobData }
  }
  const { view } = job.data as DistrictJobData
  const bytes = await workbooksOf(deps).book(districtSheets(view.schools, view.submissions))
  return store(job, `${view.districtName}-${view.periodLabel}家访工作汇总.xlsx`, bytes, deps)
}

/**
 * Kept unsealed, so WeChat can open it through a temporary URL: the report names no child (surnames and
 * stars) and its id is handed only to those allowed to read it (reportFile checks).
 */
async function store(job: ReportJob, name: string, bytes: Uint8Array, deps: Deps): Promise<Slice> {
  const stored = await deps.files.put(name, bytes, 'public')
  return { state: 'done', step: job.steps, fileId: stored.fileId, name }
}
