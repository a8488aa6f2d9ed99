// Submitting and amending a visit record. The first submission completes the visit and the family's claim
// in the same batch as the record, so coverage counts follow exactly; every version is kept. The first
// submission also creates the participating guardians' questionnaires in that batch.
import { recordVersionId, type VisitRecordDoc } from '../../../core/model/record.schema'
import type { WriteOp } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'
import { Errors, err, ok } from '../../../core/result'
import type { VisitRecord } from '../../../core/visit/record.rules'
import { canAmendAt, followUpDateProblem } from '../../../core/visit/record.time'
import { repos } from '../../repos'
import { questionnaireOps } from '../../surveys/create'
import type { Ctx, RouteTable } from '../../types'
import { followClaim } from './claim'
import { prepGate } from './prep-gate'
import { auditRead, canSeeVersions, isHeld, recordAccess, recordView } from './record-access'
import { followUpOps } from './record-follow-ups'
import { ticketOpsFor } from './record-tickets'

type R = RouteTable<'visits'>

const CHANGED = '这次家访刚刚有了变化，请刷新后再试'

export const getRecord: R['getRecord'] = async ({ visitId }, ctx, { store }) => {
  const access = await recordAccess(store, ctx, visitId)
  if (!access) return Errors.notFound('家访')
  const doc = await repos(store).visit_records.get(visitId)
  await auditRead(store, ctx, access, 'visit.read_record')
  return ok(recordView(access, doc, ctx.now))
}

export const submitRecord: R['submitRecord'] = async ({ visitId, record }, ctx, { store }) => {
  const access = await recordAccess(store, ctx, visitId)
  if (!access || access.role !== 'author') return Errors.notFound('家访')
  const { visit } = access
  const known = await repos(store).visit_records.get(visitId)
  if (known) return err('RECORD.SUBMITTED', '这次家访的记录已经提交过了，如需修改请点“修改记录”', { version: known.version })
  if (visit.status !== 'scheduled' || !(await isHeld(store, visit, ctx.now))) return err('RECORD.NOT_HELD', '家访开始以后才能填写记录')
  const gate = await prepGate(store, visitId)
  if (!gate.ok) return gate
  const dateProblem = followUpDateProblem(record, ctx.now)
  if (dateProblem) return err('RECORD.BAD_DATE', dateProblem)
  const at = ctx.now.toISOString()
  const doc: Omit<VisitRecordDoc, '_v'> = {
    _id: visitId,
    visitId,
    schoolId: visit.schoolId,
    familyId: visit.familyId,
    authorId: visit.teacherId,
    authorName: visit.teacherName,
    version: 1,
    record,
    firstSubmittedAt: at,
    updatedAt: at,
  }
  const completed = { ...visit, status: 'completed' as const }
  const claim = await followClaim(store, visit, completed)
  // The guardians who took part get a questionnaire, sent by the scheduler (never on an amendment).
  const surveys = await questionnaireOps(store, visit, ctx.now)
  const ops: WriteOp[] = [
    writes.insert('visit_records', doc),
    versionOp(visitId, 1, record, at, ctx),
    writes.update('visits', visit._id, { status: 'completed', updatedAt: at }, visit._v),
    ...claim.ops,
    ...followUpOps(doc, record),
    ...surveys,
    ...(await ticketOpsFor(store, doc, record, ctx.now)),
    // The server-side draft goes with the submission (removing a missing one is harmless).
    writes.remove('record_drafts', visitId),
  ]
  const result = await store.batch(ops)
  if (!result.ok) return Errors.conflict(CHANGED)
  return ok(recordView({ visit: completed, role: 'author', leader: false }, { ...doc, _v: 1 }, ctx.now))
}

export const amendRecord: R['amendRecord'] = async ({ visitId, version, record }, ctx, { store }) => {
  const access = await recordAccess(store, ctx, visitId)
  const doc = access?.role === 'author' ? await repos(store).visit_records.get(visitId) : null
  if (!access || access.role !== 'author') return Errors.notFound('家访')
  if (!doc) return err('RECORD.NOT_SUBMITTED', '这次家访的记录还没有提交，请先提交记录')
  if (!canAmendAt(doc.firstSubmittedAt, ctx.now)) return err('RECORD.AMEND_CLOSED', '家访记录提交7天后不能再修改；如有补充，请联系学校领导')
  if (version !== doc.version) return Errors.conflict('记录刚刚在另一台设备上修改过，请刷新后再改')
  const dateProblem = followUpDateProblem(record, ctx.now)
  if (dateProblem) return err('RECORD.BAD_DATE', dateProblem)
  const at = ctx.now.toISOString()
  const n = doc.version + 1
  const next = { ...doc, version: n, record, updatedAt: at }
  const ops: WriteOp[] = [
    writes.update('visit_records', visitId, { version: n, record, updatedAt: at }, doc._v),
    versionOp(visitId, n, record, at, ctx),
    ...followUpOps(next, record, doc.record),
    ...(await ticketOpsFor(store, doc, record, ctx.now)),
  ]
  const result = await store.batch(ops)
  if (!result.ok) return Errors.conflict('记录刚刚在另一台设备上修改过，请刷新后再改')
  return ok(recordView(access, { ...next, _v: doc._v + 1 }, ctx.now))
}

export const recordVersions: R['recordVersions'] = async ({ visitId }, ctx, { store }) => {
  const access = await recordAccess(store, ctx, visitId)
  if (!access || !canSeeVersions(access)) return Errors.notFound('家访')
  const versions = await repos(store).record_versions.find({ where: { visitId }, orderBy: [['n', 'asc']], limit: 100 })
  await auditRead(store, ctx, access, 'visit.read_record_versions')
  const staff = await repos(store).staff.getMany([...new Set(versions.map((v) => v.by))].filter(Boolean))
  const nameOf = (id: string) => staff.find((s) => s._id === id)?.name ?? access.visit.teacherName
  return ok({ versions: versions.map((v) => ({ n: v.n, at: v.at, byName: nameOf(v.by), record: v.record })) })
}

const versionOp = (visitId: string, n: number, record: VisitRecord, at: string, ctx: Ctx) =>
  writes.insert('record_versions', { _id: recordVersionId(visitId, n), visitId, n, record, at, by: ctx.caller.staff?._id ?? '' })
