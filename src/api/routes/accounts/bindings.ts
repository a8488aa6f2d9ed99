import { createHash, randomBytes } from 'node:crypto'
import { isOnRoll, ON_ROLL, type Binding, type Guardian, type Student } from '../../../core/model/family.schema'
import { DEFAULT_USER_NAME, type User } from '../../../core/model/people.schema'
import type { WriteOp } from '../../../core/ports/doc-store'
import { writes, type SetOf } from '../../../core/ports/writes'
import { PRIVACY_NOTICE } from '../../../core/privacy/notice'
import { Errors, err, ok } from '../../../core/result'
import { inZone } from '../../../core/time'
import { auditEntry } from '../../audit'
import { bumpCounter } from '../../counters'
import { isHeadOf } from '../../policy'
import { contactId, repos } from '../../repos'
import type { Ctx, RouteTable } from '../../types'
import { findClassInvite, invalidClassCode } from './class-invites'

type R = RouteTable<'accounts'>
const noMatch = () => err('BIND.NO_MATCH', '没有找到这名学生，请核对孩子的姓名和学号')
export const MAX_FAILED_MATCHES = 10
export const bindingId = (userId: string, studentId: string) => `bnd-${userId}-${studentId}`
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12)

export const requestBinding: R['requestBinding'] = async (input, ctx, { store }) => {
  if (input.noticeVersion !== PRIVACY_NOTICE.version) return err('CONSENT.STALE_NOTICE', '隐私保护说明已更新，请重新阅读后再提交')
  const found = await findClassInvite(store, input.code)
  if (!found) return invalidClassCode()
  const r = repos(store)
  const me = ctx.caller.user
  // Guessing names and numbers with a class code is capped per account per day.
  const failKey = `bind-fail:${me._id}:${inZone(ctx.now).format('YYYY-MM-DD')}`
  const failures = await r.counters.get(failKey)
  if ((failures?.n ?? 0) >= MAX_FAILED_MATCHES) return err('BIND.TOO_MANY', '今天核对不成功的次数太多了，请明天再试，或请班主任帮您登记')
  const [student] = await r.students.find({ where: { classId: found.cls._id, studentNo: input.studentNo, ...ON_ROLL }, limit: 1 })
  if (!student || student.name !== input.studentName) {
    await bumpCounter(r.counters, failKey, { kind: 'bind-fail', userId: me._id }, ctx.now)
    return noMatch()
  }
  const id = bindingId(me._id, student._id)
  const existing = await r.bindings.get(id)
  if (existing && (existing.status === 'pending' || existing.status === 'approved')) {
    return ok({ bindingId: id, status: existing.status, studentName: student.name }) // a retry or a second tap
  }
  const at = ctx.now.toISOString()
  const state = (given: boolean) => ({ given, noticeVersion: input.noticeVersion, at })
  const fields = {
    status: 'pending' as const,
    relation: input.relation,
    applicantName: input.applicantName,
    createdAt: at,
    decidedAt: null,
    decidedBy: null,
    guardianId: null,
    consent: { guardian: state(true), sensitive: state(input.sensitiveConsent) },
  }
  const ops: WriteOp[] = [
    existing
      ? writes.update('bindings', id, fields, existing._v)
      : writes.insert('bindings', {
          _id: id,
          schoolId: student.schoolId,
          classId: student.classId,
          userId: me._id,
          studentId: student._id,
          ...fields,
        }),
    consentRecord(ctx, student, 'guardian', true, input.noticeVersion),
    consentRecord(ctx, student, 'sensitive', input.sensitiveConsent, input.noticeVersion),
  ]
  if (me.name === DEFAULT_USER_NAME) ops.push(writes.update('users', me._id, { name: input.applicantName }, me._v))
  const result = await store.batch(ops)
  if (!result.ok) return Errors.conflict('提交未成功，请稍后重试')
  return ok({ bindingId: id, status: 'pending' as const, studentName: student.name })
}

export function consentRecord(ctx: Ctx, student: Student, kind: 'guardian' | 'sensitive', given: boolean, noticeVersion: string): WriteOp {
  const at = ctx.now.toISOString()
  return writes.insert('consents', {
    _id: `cns-${ctx.caller.user._id}-${student._id}-${kind}-${at}-${randomBytes(4).toString('hex')}`,
    userId: ctx.caller.user._id,
    studentId: student._id,
    schoolId: student.schoolId,
    kind,
    given,
    noticeVersion,
    at,
  })
}

export const pendingBindings: R['pendingBindings'] = async ({ classId }, { caller }, { store }) => {
  const r = repos(store)
  const cls = await r.classes.get(classId)
  if (!cls || cls.schoolId !== caller.schoolId || !isHeadOf(caller, classId)) return Errors.notFound('班级')
  const pending = await r.bindings.find({ where: { classId, status: 'pending' }, orderBy: [['createdAt', 'asc']], limit: 100 })
  const students = await r.students.getMany([...new Set(pending.map((b) => b.studentId))])
  // A request for a child who left cannot be approved: not offered (the import that marked them ends it).
  const open = pending.filter((b) => students.some((s) => s._id === b.studentId && isOnRoll(s)))
  return ok({
    className: cls.name,
    pending: open.map((b) => {
      const s = students.find((x) => x._id === b.studentId)
      return {
        bindingId: b._id,
        version: b._v,
        studentName: s?.name ?? '',
        studentNo: s?.studentNo ?? '',
        applicantName: b.applicantName,
        relation: b.relation,
        createdAt: b.createdAt,
      }
    }),
  })
}

export const decideBinding: R['decideBinding'] = async ({ bindingId: id, version, approve }, ctx, { store }) => {
  const r = repos(store)
  const binding = await r.bindings.get(id)
  if (!binding || binding.schoolId !== ctx.caller.schoolId || !isHeadOf(ctx.caller, binding.classId)) return Errors.notFound('绑定申请')
  const decided = approve ? 'approved' : 'rejected'
  if (binding.status === decided && binding.decidedBy === ctx.caller.user._id) return ok({ bindingId: id, status: decided }) // a retry
  if (binding.status !== 'pending') return err('BIND.ALREADY_DECIDED', '这条申请已经处理过了')
  if (binding._v !== version) return Errors.conflict()
  const set: SetOf<'bindings'> = { status: decided, decidedAt: ctx.now.toISOString(), decidedBy: ctx.caller.user._id }
  const link = approve ? await linkGuardianOps(store, binding) : null
  if (approve && !link) return Errors.notFound('学生')
  const ops = link
    ? [writes.update('bindings', id, { ...set, guardianId: link.guardianId }, version), ...link.ops]
    : [writes.update('bindings', id, set, version)]
  const result = await store.batch(ops)
  if (!result.ok) return Errors.conflict()
  return ok({ bindingId: id, status: decided })
}

/** Link the applicant to a matching guardian of the family (same relation and name), or add one. */
async function linkGuardianOps(
  store: Parameters<typeof repos>[0],
  binding: Binding,
): Promise<{ guardianId: string; ops: WriteOp[] } | null> {
  const r = repos(store)
  const [student, user] = await Promise.all([r.students.get(binding.studentId), r.users.get(binding.userId)])
  // A child who left is answered as a missing one.
  if (!student || !isOnRoll(student) || !user) return null
  const family = await r.guardians.find({ where: { familyId: student.familyId }, limit: 20 })
  const match =
    family.find((g) => g.userId === user._id) ??
    family.find((g) => !g.userId && g.relation === binding.relation && g.name === binding.applicantName)
  const guardianId = match?._id ?? `gdn-u-${hash(`${user._id}:${student.familyId}`)}`
  const ops: WriteOp[] = []
  if (!match) ops.push(writes.insert('guardians', newGuardian(guardianId, student, binding, user)))
  else if (match.userId !== user._id) ops.push(writes.update('guardians', match._id, { userId: user._id, offline: false }, match._v))
  if (!user.guardianIds.includes(guardianId)) {
    ops.push(writes.update('users', user._id, { guardianIds: [...user.guardianIds, guardianId] }, user._v))
  }
  return { guardianId, ops }
}

function newGuardian(id: string, student: Student, binding: Binding, user: User): Omit<Guardian, '_v'> {
  return {
    _id: id,
    schoolId: student.schoolId,
    familyId: student.familyId,
    name: binding.applicantName,
    relation: binding.relation,
    offline: false,
    userId: user._id,
  }
}

export const registerOfflineGuardian: R['registerOfflineGuardian'] = async ({ studentId, name, relation, phone }, ctx, { store }) => {
  const r = repos(store)
  const student = await r.students.get(studentId)
  if (!student || student.schoolId !== ctx.caller.schoolId || !isHeadOf(ctx.caller, student.classId)) return Errors.notFound('学生')
  const guardianId = `gdn-off-${hash(`${student.familyId}:${relation}:${name}`)}`
  if (await r.guardians.get(guardianId)) return ok({ guardianId }) // already registered
  const ops: WriteOp[] = [
    writes.insert('guardians', {
      _id: guardianId,
      schoolId: student.schoolId,
      familyId: student.familyId,
      name,
      relation,
      offline: true,
      userId: null,
    }),
    writes.insert(
      'audit_log',
      auditEntry(ctx, {
        schoolId: student.schoolId,
        action: 'guardian.register_offline',
        targetType: 'family',
        targetId: student.familyId,
        reason: '登记无智能手机的监护人',
      }),
    ),
  ]
  if (phone) ops.push(writes.insert('contacts', { _id: contactId(guardianId), schoolId: student.schoolId, ownerType: 'guardian', phone }))
  const result = await store.batch(ops)
  if (!result.ok) return ok({ guardianId }) // a concurrent identical registration won
  return ok({ guardianId })
}
