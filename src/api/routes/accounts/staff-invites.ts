import { writes } from '../../../core/ports/writes'
import { maskPhone } from '../../../core/privacy/mask'
import { Errors, err, ok } from '../../../core/result'
import { dayjs } from '../../../core/time'
import { auditEntry } from '../../audit'
import { newInviteCode } from '../../codes'
import { contactId, repos } from '../../repos'
import type { RouteTable } from '../../types'

type R = RouteTable<'accounts'>
const INVITE_DAYS = 7
const invalidInvite = () => err('INVITE.INVALID', '邀请码无效或已过期，请向学校管理员索取新的邀请码')

export const listStaff: R['listStaff'] = async ({ page, pageSize }, { caller }, { store }) => {
  const r = repos(store)
  const where = { schoolId: caller.schoolId! }
  const [total, staff] = await Promise.all([
    r.staff.count(where),
    r.staff.find({ where, orderBy: [['name', 'asc']], limit: pageSize, skip: page * pageSize }),
  ])
  const ids = staff.map((s) => s._id)
  const [contacts, invites] = await Promise.all([
    r.contacts.getMany(ids.map(contactId)),
    ids.length ? r.invites.find({ where: { staffId: { in: ids }, status: 'active' }, limit: 100 }) : [],
  ])
  return ok({
    total,
    staff: staff.map((s) => {
      const phone = contacts.find((c) => c._id === contactId(s._id))?.phone
      return {
        staffId: s._id,
        name: s.name,
        roles: s.roles,
        phoneMasked: phone ? maskPhone(phone) : null,
        status: s.status,
        joined: !!s.userId,
        inviteCode: invites.find((i) => i.staffId === s._id)?._id ?? null,
        self: s._id === caller.staff?._id,
      }
    }),
  })
}

export const createStaffInvite: R['createStaffInvite'] = async ({ staffId }, ctx, { store }) => {
  const r = repos(store)
  const staff = await r.staff.get(staffId)
  if (!staff || staff.schoolId !== ctx.caller.schoolId) return Errors.notFound('教职工')
  if (staff.status !== 'active') return err('STAFF.REVOKED', '该教职工已停用，不能再邀请')
  const old = await r.invites.find({ where: { staffId, status: 'active' }, limit: 20 })
  const expiresAt = dayjs(ctx.now).add(INVITE_DAYS, 'day').toISOString()
  const code = newInviteCode()
  const result = await store.batch([
    ...old.map((i) => writes.update('invites', i._id, { status: 'revoked' }, i._v)),
    writes.insert('invites', {
      _id: code,
      schoolId: staff.schoolId,
      kind: 'staff',
      staffId,
      classId: null,
      createdBy: ctx.caller.user._id,
      createdAt: ctx.now.toISOString(),
      expiresAt,
      status: 'active',
      usedBy: null,
    }),
  ])
  if (!result.ok) return Errors.conflict('邀请码生成冲突，请重试')
  return ok({ code, expiresAt })
}

export const revokeStaff: R['revokeStaff'] = async ({ staffId }, ctx, { store }) => {
  const r = repos(store)
  const staff = await r.staff.get(staffId)
  if (!staff || staff.schoolId !== ctx.caller.schoolId) return Errors.notFound('教职工')
  if (staff._id === ctx.caller.staff?._id) return err('STAFF.SELF', '不能停用自己的账号')
  if (staff.status === 'revoked') return ok({ staffId, status: 'revoked' as const })
  const [user, invites] = await Promise.all([
    staff.userId ? r.users.get(staff.userId) : null,
    r.invites.find({ where: { staffId, status: 'active' }, limit: 20 }),
  ])
  const result = await store.batch([
    writes.update('staff', staffId, { status: 'revoked', userId: null }, staff._v),
    ...(user ? [writes.update('users', user._id, { staffId: null }, user._v)] : []),
    ...invites.map((i) => writes.update('invites', i._id, { status: 'revoked' }, i._v)),
    writes.insert(
      'audit_log',
      auditEntry(ctx, {
        schoolId: staff.schoolId,
        action: 'staff.revoke',
        targetType: 'staff',
        targetId: staffId,
        reason: '停用教职工账号',
      }),
    ),
  ])
  if (!result.ok) return Errors.conflict()
  return ok({ staffId, status: 'revoked' as const })
}

export const joinAsStaff: R['joinAsStaff'] = async ({ code }, ctx, { store }) => {
  const r = repos(store)
  const me = ctx.caller.user
  const invite = await r.invites.get(code)
  if (!invite || invite.kind !== 'staff' || !invite.staffId) return invalidInvite()
  const [staff, school] = await Promise.all([r.staff.get(invite.staffId), r.schools.get(invite.schoolId)])
  if (!staff || !school) return invalidInvite()
  const answer = ok({ schoolName: school.name, staffName: staff.name, roles: staff.roles })
  if (invite.status === 'used' && invite.usedBy === me._id && me.staffId === staff._id) return answer // a retry
  if (invite.status !== 'active' || (invite.expiresAt && invite.expiresAt < ctx.now.toISOString())) return invalidInvite()
  if (staff.status !== 'active') return invalidInvite()
  if (me.staffId && me.staffId !== staff._id) return err('STAFF.ALREADY', '这个微信已绑定为其他教职工，请联系学校管理员')
  if (staff.userId && staff.userId !== me._id) return err('STAFF.TAKEN', '该教职工已由另一个微信加入，请联系学校管理员')
  const result = await store.batch([
    writes.update('invites', code, { status: 'used', usedBy: me._id }, invite._v),
    writes.update('staff', staff._id, { userId: me._id }, staff._v),
    writes.update('users', me._id, { staffId: staff._id, name: staff.name }, me._v),
  ])
  if (!result.ok) return Errors.conflict('加入未成功，请稍后重试')
  return answer
}
