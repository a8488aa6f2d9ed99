// Runs a staged roster import (design: core/roster-import/staged.ts). Every step is one transaction
// that also moves the job on (compare-and-set on its version), so a step is applied exactly once
// however often it is retried, and whoever runs the job next — the admin's next call, the scheduler,
// another process — carries on from the job's cursor. Each step re-reads the job: nothing is held in memory.
import type { ImportJob } from '../../core/model/import-job.schema'
import { ImportChunkSchema, ImportJobSchema, UNFINISHED_JOB_STATES } from '../../core/model/import-job.schema'
import { MAX_PAGE, type DocStore, type WriteOp } from '../../core/ports/doc-store'
import { parseDoc } from '../../core/ports/typed-repo'
import { chunkId, importLockId, undoChunk } from '../../core/roster-import/staged'
import { settleRoster } from './leavers'

export type JobDeps = { store: DocStore; files?: { remove(fileId: string): Promise<unknown> } }
/** Whether the caller may start another step (a cloud function has 60 s). */
export type HasTime = () => boolean

export const CONFLICT_MESSAGE = '导入期间花名册已被他人修改，本次未导入任何数据，请重新预览后再导入'

export async function readJob(store: DocStore, jobId: string): Promise<ImportJob | null> {
  const doc = await store.get('import_jobs', jobId)
  return doc && parseDoc('import_jobs', ImportJobSchema, doc)
}

async function readChunk(store: DocStore, jobId: string, k: number | 'final'): Promise<WriteOp[]> {
  const doc = await store.get('import_chunks', chunkId(jobId, k))
  if (!doc) throw new Error(`import chunk ${chunkId(jobId, k)} is missing`)
  return parseDoc('import_chunks', ImportChunkSchema, doc).ops as WriteOp[]
}

const moveOn = (job: ImportJob, set: Partial<ImportJob>, now: Date): WriteOp => ({
  kind: 'update',
  coll: 'import_jobs',
  id: job._id,
  set: { ...set, updatedAt: now.toISOString() },
  expectVersion: job._v,
})

/** Every unfinished job, each while time allows (the scheduler: a crashed or timed-out import goes on). */
export async function runUnfinishedJobs(deps: JobDeps, now: Date, hasTime: HasTime): Promise<number> {
  const jobs = await deps.store.find('import_jobs', { where: { state: { in: [...UNFINISHED_JOB_STATES] } }, limit: MAX_PAGE })
  for (const job of jobs) if (hasTime()) await runImportJob(job._id, deps, now, hasTime)
  return jobs.length
}

/** Runs steps until the job is committed or failed, or time is up; answers the job as it stands. */
export async function runImportJob(jobId: string, deps: JobDeps, now: Date, hasTime: HasTime = () => true): Promise<ImportJob> {
  for (;;) {
    const job = await readJob(deps.store, jobId)
    if (!job) throw new Error(`import job ${jobId} is missing`)
    if (job.state === 'committed' || job.state === 'failed' || !hasTime()) return job
    await step(job, deps, now)
  }
}

async function step(job: ImportJob, deps: JobDeps, now: Date): Promise<void> {
  if (job.state === 'staging' && job.cursor < job.chunks) return writeChunk(job, deps.store, now)
  if (job.state === 'staging') return finalSwitch(job, deps.store, now)
  if (job.state === 'refreshing') return refresh(job, deps, now)
  if (job.state === 'discarding') return discardStep(job, deps, now)
}

/** A refused chunk (a student number taken meanwhile) means the plan no longer holds: the job is undone. */
async function writeChunk(job: ImportJob, store: DocStore, now: Date) {
  const ops = await readChunk(store, job._id, job.cursor)
  const result = await store.batch([...ops, moveOn(job, { cursor: job.cursor + 1 }, now)])
  // The job's own version moved: another runner took this step. The next read shows where it stands.
  if (result.ok || result.index === ops.length) return
  await store.update('import_jobs', job._id, { state: 'discarding', error: CONFLICT_MESSAGE, updatedAt: now.toISOString() }, job._v)
}

/** The one switch: the plan's changes to documents on file, its audit entry and the job's state. */
async function finalSwitch(job: ImportJob, store: DocStore, now: Date) {
  const ops = await readChunk(store, job._id, 'final')
  const result = await store.batch([...ops, moveOn(job, { state: 'refreshing' }, now)])
  if (result.ok || result.index === ops.length) return
  await store.update('import_jobs', job._id, { state: 'discarding', error: CONFLICT_MESSAGE, updatedAt: now.toISOString() }, job._v)
}

/**
 * The roster is switched: its leavers are marked and coverage follows (who owns each family's visit,
 * whether it is due). Retried until the job is committed; marking twice keeps the first leftAt.
 */
async function refresh(job: ImportJob, deps: JobDeps, now: Date) {
  await settleRoster(deps.store, job.schoolId, job.leavers, now)
  const done = await deps.store.batch([
    moveOn(job, { state: 'committed' }, now),
    { kind: 'remove', coll: 'locks', id: importLockId(job.schoolId) },
  ])
  if (done.ok) await cleanUp(job, deps)
}

/** Staged documents removed chunk by chunk, last first; then the lock goes and the school may import again. */
async function discardStep(job: ImportJob, deps: JobDeps, now: Date) {
  const { store } = deps
  if (job.cursor > 0) {
    const undo = undoChunk(await readChunk(store, job._id, job.cursor - 1))
    await store.batch([...undo, moveOn(job, { cursor: job.cursor - 1 }, now)])
    return
  }
  const done = await store.batch([moveOn(job, { state: 'failed' }, now), { kind: 'remove', coll: 'locks', id: importLockId(job.schoolId) }])
  if (done.ok) await cleanUp(job, deps)
}

/** The planned writes and the uploaded file hold personal data: neither outlives the job. */
async function cleanUp(job: ImportJob, deps: JobDeps) {
  const ids = [...Array.from({ length: job.chunks }, (_, k) => chunkId(job._id, k)), chunkId(job._id, 'final')]
  for (const id of ids) await deps.store.remove('import_chunks', id)
  // The outcome stands even if storage fails here: the daily purge removes the file then.
  await deps.files?.remove(job.fileId).catch(() => undefined)
}
