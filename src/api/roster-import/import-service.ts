// Preview and apply share one path: the caller's own file → rows → validation → plan against the
// school's current roster. Apply writes the plan in one all-or-nothing batch of compare-and-sets, or,
// when the engine's transactions are too small for it, stages it under an import job (import-job.ts).
// The uploaded file holds personal data: it is deleted once the import is applied, or once apply has
// refused it for good (errors in the file, too large: a new file is needed), else by the daily purge.
import { createHash } from 'node:crypto'
import { MAX_LISTED_ERRORS } from '../../core/contract/imports.contract'
import { IMPORT_AUDIT_ACTION } from '../../core/contract/privacy.contract'
import { knownRefs, planImport, validateFile, type ImportError, type ImportPlan } from '../../core/roster-import'
import { err, Errors, ok, type Result } from '../../core/result'
import { auditEntry } from '../audit'
import { clearRepairs, repairOps, repairsFor } from '../coverage/member-repairs'
import { isSchoolWide } from '../policy'
import type { Ctx, Deps } from '../types'
import { loadExisting } from './load-existing'
import { settleRoster } from './leavers'
import { workbooksOf } from './workbooks'
import { CONFLICT_MESSAGE } from './import-job'
import { otherImportRunning, progressOf, startStagedImport, type JobProgress } from './start-job'

export type ImportInput = { fileId: string; schoolId?: string }
type Prepared = { schoolId: string; fileName: string; errors: ImportError[]; plan: ImportPlan }

/**
 * Ids of new documents follow from the file and the order of the plan: planning the same file on the
 * same roster again gives the same ids, so a staged import resumed from scratch writes the same documents.
 */
function stableIds(fileId: string) {
  let n = 0
  return (prefix: string) => `${prefix}-${createHash('sha256').update(`${fileId}:${n++}`).digest('hex').slice(0, 16)}`
}
/** A cloud function has 60 s: a staged import started by a call stops taking steps after this. */
const CALL_BUDGET_MS = 40_000

async function prepare(input: ImportInput, ctx: Ctx, deps: Deps): Promise<Result<Prepared>> {
  const schoolId = ctx.caller.schoolId
  if (!schoolId || !isSchoolWide(ctx.caller, schoolId) || (input.schoolId && input.schoolId !== schoolId)) {
    return Errors.forbidden('只能向本校导入花名册')
  }
  // Someone else's file answers exactly like a missing one.
  const file = await deps.files.get(input.fileId)
  if (!file || file.ownerUserId !== ctx.caller.user._id) return Errors.notFound('文件')
  const read = await workbooksOf(deps).read(file.name, file.bytes)
  if (!read.ok) return read
  const existing = await loadExisting(deps.store, schoolId)
  const { file: rows, errors } = validateFile(read.data, knownRefs(existing))
  const plan = planImport({ schoolId, existing, file: rows, newId: stableIds(input.fileId) })
  return ok({ schoolId, fileName: file.name, errors, plan })
}

export async function previewImport(input: ImportInput, ctx: Ctx, deps: Deps) {
  const prepared = await prepare(input, ctx, deps)
  if (!prepared.ok) return prepared
  const { fileName, errors, plan } = prepared.data
  return ok({
    fileName,
    summary: plan.summary,
    missingFromFile: plan.missingFromFile,
    errorCount: errors.length,
    errors: errors.slice(0, MAX_LISTED_ERRORS),
  })
}

export async function applyImport(input: ImportInput, ctx: Ctx, deps: Deps): Promise<Result<Applied>> {
  const prepared = await prepare(input, ctx, deps)
  if (!prepared.ok) return prepared
  const outcome = await applyPlan(input, ctx, deps, prepared.data)
  // A conflict or another import running keeps the file: the message asks to try it again. A staged
  // import removes it when its job ends. Any other outcome is final.
  const kept = outcome.ok ? outcome.data.job !== undefined : ['DATA.CONFLICT', 'IMPORT.RUNNING'].includes(outcome.error.code)
  if (!kept) await discardUpload(deps, input.fileId)
  return outcome
}

type Applied = { fileName: string; summary: ImportPlan['summary']; missingFromFile: number; job?: JobProgress }

async function applyPlan(input: ImportInput, ctx: Ctx, deps: Deps, prepared: Prepared): Promise<Result<Applied>> {
  const { schoolId, fileName, errors, plan } = prepared
  if (errors.length) return err('IMPORT.HAS_ERRORS', `文件中有${errors.length}处错误，已全部未导入，请修改后重新上传`)
  const done = ok({ fileName, summary: plan.summary, missingFromFile: plan.missingFromFile })
  if (!plan.ops.length) {
    // Nothing to write, but a class's leavers (a file that only drops students) still settle.
    if (plan.leavers.length) await settleRoster(deps.store, schoolId, plan.leavers, ctx.now)
    return done
  }
  const alone = await otherImportRunning(deps, schoolId, input.fileId)
  if (!alone.ok) return alone
  const reason = describe(fileName, plan)
  const audit = auditEntry(ctx, { schoolId, action: IMPORT_AUDIT_ACTION, targetType: 'file', targetId: input.fileId, reason })
  // New or changed categories: markers in the batch, in case the refresh after it never comes.
  const repairs = repairsFor(schoolId, plan.ops, ctx.now)
  if (plan.ops.length + repairs.length + 1 > deps.store.maxBatchOps) {
    // Too big for one transaction: staged, and visible only once its job commits.
    const started = Date.now()
    const staged = { schoolId, fileId: input.fileId, fileName, plan, audit }
    const job = await startStagedImport(staged, deps, ctx.now, () => Date.now() - started < CALL_BUDGET_MS)
    if (!job.ok) return job
    if (job.data.state === 'failed') return Errors.conflict(job.data.error ?? CONFLICT_MESSAGE)
    // The job's last step settles the roster (its leavers too), whoever takes it: this call or the scheduler.
    return ok({ ...done.data, job: progressOf(job.data) })
  }
  const result = await deps.store.batch([...plan.ops, { kind: 'insert', coll: 'audit_log', doc: audit }, ...repairOps(repairs)])
  if (!result.ok) return Errors.conflict(CONFLICT_MESSAGE)
  // Who owns each family's visit, its class and whether it is due follow the new roster and its leavers;
  // the whole refresh rewrites the category lists, so the markers just go.
  await settleRoster(deps.store, schoolId, plan.leavers, ctx.now)
  await clearRepairs(deps.store, repairs)
  return done
}

async function discardUpload(deps: Deps, fileId: string) {
  // The outcome stands even if storage fails here: the daily purge removes the file then.
  await deps.files.remove(fileId).catch(() => undefined)
}

const KINDS = [
  ['classes', '班级', '个'],
  ['students', '学生', '人'],
  ['families', '家庭', '户'],
  ['guardians', '家长', '人'],
  ['staff', '教职工', '人'],
] as const

/** For the import history: "“名单.xlsx”：学生新增 3 人、更新 1 人；家长新增 5 人" (kinds that changed). */
function describe(fileName: string, plan: ImportPlan): string {
  const parts = KINDS.flatMap(([k, label, unit]) => {
    const { add, update } = plan.summary[k]
    const said = [add ? `新增 ${add} ${unit}` : '', update ? `更新 ${update} ${unit}` : ''].filter(Boolean)
    return said.length ? [`${label}${said.join('、')}`] : []
  })
  return `“${fileName}”：${parts.join('；')}`
}
