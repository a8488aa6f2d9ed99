// Who reads a visit's record and how much: its teacher (the author) and co-visitors in full; the school's
// leaders in full, each read audited; a bound guardian the shared part once submitted; anyone else nothing.
import type { Visit } from '../../../core/model/visit.schema'
import type { VisitRecordDoc } from '../../../core/model/record.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { hasAnyRole, LEADER } from '../../../core/roles'
import { sharedPart } from '../../../core/visit/record.rules'
import { amendUntil, canAmendAt, isOverdue, recordDueBy } from '../../../core/visit/record.time'
import type { RecordView } from '../../../core/contract/visits-record.contract'
import { auditEntry } from '../../audit'
import { recordAudit } from '../../audit-writer'
import { repos } from '../../repos'
import type { Ctx } from '../../types'
import { sideOf } from './access'

export type RecordRole = RecordView['role']
export type RecordAccess = { visit: Visit; role: RecordRole; leader: boolean }

const isLeaderOf = (ctx: Ctx, visit: Visit) =>
  !!ctx.caller.staff && ctx.caller.schoolId === visit.schoolId && hasAnyRole(ctx.caller.roles, LEADER)

export async function recordAccess(store: DocStore, ctx: Ctx, visitId: string): Promise<RecordAccess | null> {
  const visit = await repos(store).visits.get(visitId)
  if (!visit) return null
  if (ctx.caller.staff?._id === visit.teacherId) return { visit, role: 'author', leader: false }
  const side = await sideOf(store, ctx.caller, visit)
  if (side === 'teacher') return { visit, role: 'staff', leader: false }
  if (isLeaderOf(ctx, visit)) return { visit, role: 'staff', leader: true }
  return side === 'parent' ? { visit, role: 'parent', leader: false } : null
}

/** A leader's read of someone else's record is on the audit log before it is answered. */
export async function auditRead(store: DocStore, ctx: Ctx, access: RecordAccess, action: string) {
  if (!access.leader) return
  const entry = { schoolId: access.visit.schoolId, action, targetType: 'family', targetId: access.visit.familyId, reason: '查看家访记录' }
  await recordAudit(store, auditEntry(ctx, entry))
}

export const visitEnd = (visit: Visit) => visit.agreed?.option.endAt ?? null
const startPassed = (visit: Visit, now: Date) => !!visit.agreed && Date.parse(visit.agreed.option.startAt) <= now.getTime()

/** Held once the agreed start has passed, or once its teacher checked in (check-in opens an hour early). */
export async function isHeld(store: DocStore, visit: Visit, now: Date): Promise<boolean> {
  if (startPassed(visit, now)) return true
  return !!(await repos(store).visit_sessions.get(visit._id))?.checkInAt
}

export const canSeeVersions = (access: Pick<RecordAccess, 'role' | 'leader'>) => access.role === 'author' || access.leader

export function recordView(access: RecordAccess, doc: VisitRecordDoc | null, now: Date): RecordView {
  const { visit, role } = access
  const end = visitEnd(visit)
  const base = {
    visitId: visit._id,
    role,
    submitted: !!doc,
    version: doc?.version ?? 0,
    authorName: doc?.authorName ?? visit.teacherName,
    firstSubmittedAt: doc?.firstSubmittedAt ?? null,
    dueBy: end ? recordDueBy(end) : null,
    overdue: !doc && !!end && visit.status === 'scheduled' && isOverdue(end, now),
    amendUntil: doc && role === 'author' ? amendUntil(doc.firstSubmittedAt) : null,
    canAmend: !!doc && role === 'author' && canAmendAt(doc.firstSubmittedAt, now),
    canSeeVersions: !!doc && canSeeVersions(access),
  }
  if (role === 'parent') return { ...base, dueBy: null, overdue: false, record: null, shared: doc ? sharedPart(doc.record) : null }
  return { ...base, record: doc?.record ?? null, shared: doc ? sharedPart(doc.record) : null }
}
