// Starting (or joining) the staged import of one file, and what the admin sees of a job.
import type { NewDocOf } from '../../core/ports/writes'
import type { ImportJob } from '../../core/model/import-job.schema'
import { err, ok, type Result } from '../../core/result'
import type { ImportPlan } from '../../core/roster-import'
import { chunkId, fitsSwitch, importJobId, importLockId, stagePlan, SWITCH_OVERHEAD } from '../../core/roster-import/staged'
import { readJob, runImportJob, type HasTime, type JobDeps } from './import-job'

export type StagedStart = { schoolId: string; fileId: string; fileName: string; plan: ImportPlan; audit: NewDocOf<'audit_log'> }
export type JobProgress = { state: ImportJob['state']; done: number; total: number; fileName: string; error: string | null }

/** Chunks written out of all, the final switch counted as one more. */
export function progressOf(job: ImportJob): JobProgress {
  const done = job.state === 'staging' ? job.cursor : job.state === 'discarding' ? 0 : job.chunks + 1
  return { state: job.state, done, total: job.chunks + 1, fileName: job.fileName, error: job.error }
}

/** The school's running import, if any (its lock names it). */
export async function runningJob(deps: JobDeps, schoolId: string): Promise<ImportJob | null> {
  const lock = await deps.store.get('locks', importLockId(schoolId))
  return typeof lock?.jobId === 'string' ? readJob(deps.store, lock.jobId) : null
}

/** Another file's import of this school still running: refused, whatever this file's size. */
export async function otherImportRunning(deps: JobDeps, schoolId: string, fileId: string): Promise<Result<null>> {
  const other = await runningJob(deps, schoolId)
  return other && other._id !== importJobId(fileId) ? refuseRunning(other) : ok(null)
}

const refuseRunning = (job: ImportJob | null) => {
  const at = job ? `（“${job.fileName}”已写入 ${progressOf(job).done}/${progressOf(job).total} 批）` : ''
  return err('IMPORT.RUNNING', `本校正在导入另一份花名册${at}，请等它完成后再导入这份文件`)
}

/** Writes the plan under a job (once per file: a repeated call joins the same job) and runs it while time allows. */
export async function startStagedImport(s: StagedStart, deps: JobDeps, now: Date, hasTime: HasTime): Promise<Result<ImportJob>> {
  const { store } = deps
  const jobId = importJobId(s.fileId)
  if (await readJob(store, jobId)) return ok(await runImportJob(jobId, deps, now, hasTime))
  const other = await otherImportRunning(deps, s.schoolId, s.fileId)
  if (!other.ok) return other
  const staged = stagePlan(s.plan.ops, jobId, store.maxBatchOps)
  if (!fitsSwitch(staged, store.maxBatchOps)) {
    const parts = Math.ceil(staged.final.length / (store.maxBatchOps - SWITCH_OVERHEAD))
    const message = `这次导入要修改已有的${staged.final.length}条数据，超过一次能完整修改的上限。请把文件按年级或班级拆成约${parts}个文件分别导入（没有列出的学生不会被删除）`
    return err('IMPORT.TOO_LARGE', message)
  }
  // The chunks first: nobody reads them before the job exists, and a repeated write keeps the first copy.
  const chunks: Array<[string, unknown[]]> = staged.chunks.map((ops, k) => [chunkId(jobId, k), ops])
  chunks.push([chunkId(jobId, 'final'), [...staged.final, { kind: 'insert', coll: 'audit_log', doc: s.audit }]])
  for (const [_id, ops] of chunks) await store.insert('import_chunks', { _id, jobId, ops })
  const at = now.toISOString()
  const job: NewDocOf<'import_jobs'> = {
    _id: jobId,
    schoolId: s.schoolId,
    fileId: s.fileId,
    fileName: s.fileName,
    state: 'staging',
    chunks: staged.chunks.length,
    cursor: 0,
    writes: s.plan.ops.length,
    summary: s.plan.summary,
    missingFromFile: s.plan.missingFromFile,
    leavers: s.plan.leavers,
    error: null,
    createdAt: at,
    updatedAt: at,
  }
  const started = await store.batch([
    { kind: 'insert', coll: 'locks', doc: { _id: importLockId(s.schoolId), jobId } },
    { kind: 'insert', coll: 'import_jobs', doc: job },
  ])
  if (!started.ok) {
    const holder = await runningJob(deps, s.schoolId)
    if (holder?._id === jobId || (await readJob(store, jobId))) return ok(await runImportJob(jobId, deps, now, hasTime))
    for (const [_id] of chunks) await store.remove('import_chunks', _id)
    return refuseRunning(holder)
  }
  return ok(await runImportJob(jobId, deps, now, hasTime))
}
