// A plan larger than one transaction, staged (pure). Design, for an engine with bounded transactions
// and no snapshot reads (the cloud database):
// - Every new document of the plan is written in chunks, each chunk and the job's cursor in one
//   transaction (so a chunk is written exactly once, and a crash resumes at the cursor). Each new
//   document carries the job id in STAGED_FIELD; a staging gate over the store (api/roster-import/
//   staged-gate.ts) adds `STAGED_FIELD not in <unfinished jobs>` to every roster read. That is a
//   filter on rows the query's own index found: readers' queries keep their index and their round
//   trips (plus one cached read of the unfinished jobs), and they never see a staged document.
// - Changes to documents already on file cannot be hidden that way (readers see the one copy), so
//   they all go into the final switch: one transaction of those updates, the job's state and the
//   school's import lock. The switch is bounded: a plan whose updates exceed one transaction is
//   refused (onboarding is all new documents; a re-import that changes very many is split by grade).
import type { WriteOp } from '../ports/doc-store'
import { STAGED_FIELD } from '../query-shapes'

/** Writes the final switch makes besides the plan's updates: the job's state, the lock, the audit entry. */
export const SWITCH_OVERHEAD = 3

export type StagedPlan = { chunks: WriteOp[][]; final: WriteOp[] }

/** Each chunk leaves room for the job's cursor update in its transaction. */
export function stagePlan(ops: readonly WriteOp[], jobId: string, maxBatchOps: number): StagedPlan {
  const per = Math.max(1, maxBatchOps - 1)
  const inserts: WriteOp[] = []
  const final: WriteOp[] = []
  for (const op of ops) {
    if (op.kind === 'insert') inserts.push({ ...op, doc: { ...op.doc, [STAGED_FIELD]: jobId } })
    else final.push(op)
  }
  const chunks: WriteOp[][] = []
  for (let i = 0; i < inserts.length; i += per) chunks.push(inserts.slice(i, i + per))
  return { chunks, final }
}

/** The final switch fits one transaction. */
export function fitsSwitch(plan: StagedPlan, maxBatchOps: number): boolean {
  return plan.final.length + SWITCH_OVERHEAD <= maxBatchOps
}

/** Removing a chunk's staged documents, when a job is discarded. */
export function undoChunk(chunk: readonly WriteOp[]): WriteOp[] {
  return chunk.flatMap((op) => (op.kind === 'insert' ? [{ kind: 'remove' as const, coll: op.coll, id: op.doc._id }] : []))
}

export const importJobId = (fileId: string) => `imp-${fileId}`
export const importLockId = (schoolId: string) => `import:${schoolId}`
export const chunkId = (jobId: string, k: number | 'final') => `${jobId}:${k}`
