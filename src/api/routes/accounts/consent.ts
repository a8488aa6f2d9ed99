import { isEndedByRoster } from '../../../core/model/family.schema'
import type { WriteOp } from '../../../core/ports/doc-store'
import { writes, type SetOf } from '../../../core/ports/writes'
import { PRIVACY_NOTICE } from '../../../core/privacy/notice'
import { Errors, ok } from '../../../core/result'
import { auditEntry } from '../../audit'
import { repairOps, repairsFor, settleRepairs } from '../../coverage/member-repairs'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { bindingId, consentRecord } from './bindings'

type R = RouteTable<'accounts'>

export const myConsents: R['myConsents'] = async (_input, { caller }, { store }) => {
  const r = repos(store)
  const bindings = (await r.bindings.find({ where: { userId: caller.user._id }, limit: 50 })).filter((b) => b.status !== 'revoked')
  const students = await r.students.getMany(bindings.map((b) => b.studentId))
  return ok({
    noticeVersion: PRIVACY_NOTICE.version,
    children: bindings.map((b) => ({
      studentId: b.studentId,
      studentName: students.find((s) => s._id === b.studentId)?.name ?? '',
      status: b.status,
      ended: isEndedByRoster(b),
      guardian: b.consent.guardian,
      sensitive: b.consent.sensitive,
    })),
  })
}

/**
 * Withdrawing guardian consent ends the binding (we may no longer process the child's data for this
 * account). Withdrawing sensitive consent hides the family's categories from every staff member.
 */
export const setConsent: R['setConsent'] = async ({ studentId, kind, given }, ctx, { store }) => {
  const r = repos(store)
  const me = ctx.caller.user
  const binding = await r.bindings.get(bindingId(me._id, studentId))
  if (!binding || binding.status === 'revoked' || binding.status === 'rejected') return Errors.notFound('绑定')
  if (binding.consent[kind]?.given === given) return ok({ studentId, kind, given }) // nothing changes: a retry
  const student = await r.students.get(studentId)
  if (!student) return Errors.notFound('学生')
  const state = { given, noticeVersion: PRIVACY_NOTICE.version, at: ctx.now.toISOString() }
  const set: SetOf<'bindings'> = { consent: { ...binding.consent, [kind]: state } }
  if (kind === 'guardian' && !given) set.status = 'revoked'
  const ops: WriteOp[] = [
    writes.update('bindings', binding._id, set, binding._v),
    consentRecord(ctx, student, kind, given, PRIVACY_NOTICE.version),
  ]
  if (kind === 'sensitive') {
    const sensitive = await r.sensitive.get(student.familyId)
    if (sensitive) {
      const others = sensitive.withdrawnBy.filter((u) => u !== me._id)
      ops.push(writes.update('family_sensitive', sensitive._id, { withdrawnBy: given ? others : [...others, me._id] }, sensitive._v))
    }
  }
  if (!given) {
    const action = kind === 'guardian' ? 'consent.withdraw_guardian' : 'consent.withdraw_sensitive'
    const entry = { schoolId: student.schoolId, action, targetType: 'family', targetId: student.familyId, reason: '家长撤回授权' }
    ops.push(writes.insert('audit_log', auditEntry(ctx, entry)))
  }
  // With the change, a marker: if the request stops before the counts follow, the scheduler brings them in line.
  const repairs = repairsFor(student.schoolId, ops, ctx.now)
  const result = await store.batch([...ops, ...repairOps(repairs)])
  if (!result.ok) return Errors.conflict('保存未成功，请重试')
  // The school's counts by category follow at once: a withdrawn family leaves every category list.
  await settleRepairs(store, repairs, ctx.now)
  return ok({ studentId, kind, given })
}
