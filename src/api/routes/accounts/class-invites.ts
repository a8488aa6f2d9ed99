import { PRIVACY_NOTICE } from '../../../core/privacy/notice'
import { Errors, err, ok } from '../../../core/result'
import { newInviteCode } from '../../codes'
import { isHeadOf } from '../../policy'
import { repos } from '../../repos'
import type { SchoolClass } from '../../../core/model/school.schema'
import type { ClassInvitePointer } from '../../../core/model/system.schema'
import { writes, type NewDocOf } from '../../../core/ports/writes'
import type { Ctx, Deps, RouteTable } from '../../types'

type R = RouteTable<'accounts'>
export const invalidClassCode = () => err('INVITE.INVALID', '邀请码无效，请核对班主任发的邀请码')

const pointerId = (classId: string) => `class-invite:${classId}`
const inviteDoc = (code: string, cls: SchoolClass, ctx: Ctx): NewDocOf<'invites'> => ({
  _id: code,
  schoolId: cls.schoolId,
  kind: 'class',
  staffId: null,
  classId: cls._id,
  createdBy: ctx.caller.user._id,
  createdAt: ctx.now.toISOString(),
  expiresAt: null,
  status: 'active',
  usedBy: null,
})

async function headsClass(deps: Deps, ctx: Ctx, classId: string): Promise<SchoolClass | null> {
  const cls = await repos(deps.store).classes.get(classId)
  return cls && cls.schoolId === ctx.caller.schoolId && isHeadOf(ctx.caller, classId) ? cls : null
}

/** One standing code per class; the pointer document makes concurrent first requests agree on it. */
export const classInvite: R['classInvite'] = async ({ classId }, ctx, deps) => {
  const cls = await headsClass(deps, ctx, classId)
  if (!cls) return Errors.notFound('班级')
  const pointers = repos(deps.store).classInvitePointers
  let pointer = await pointers.get(pointerId(classId))
  if (!pointer) {
    const code = newInviteCode()
    const created = await deps.store.batch([
      writes.insert('locks', { _id: pointerId(classId), code, qrFileId: null }),
      writes.insert('invites', inviteDoc(code, cls, ctx)),
    ])
    pointer = created.ok ? { _id: pointerId(classId), _v: 1, code, qrFileId: null } : await pointers.get(pointerId(classId))
    if (!pointer) return Errors.conflict('请重试')
  }
  return ok({ code: pointer.code, className: cls.name, qrFileUrl: await qrUrl(pointer, ctx.caller.user._id, deps) })
}

/** A leaked code is replaced: the old one stops working at once; applications already sent stay. */
export const rotateClassInvite: R['rotateClassInvite'] = async ({ classId, code }, ctx, deps) => {
  const cls = await headsClass(deps, ctx, classId)
  if (!cls) return Errors.notFound('班级')
  const r = repos(deps.store)
  const [pointer, old] = await Promise.all([r.classInvitePointers.get(pointerId(classId)), r.invites.get(code)])
  if (!pointer || pointer.code !== code || !old) return Errors.conflict('邀请码已经换过了，请刷新后查看')
  const next = newInviteCode()
  const result = await deps.store.batch([
    writes.update('locks', pointer._id, { code: next, qrFileId: null }, pointer._v),
    writes.update('invites', code, { status: 'revoked' }, old._v),
    writes.insert('invites', inviteDoc(next, cls, ctx)),
  ])
  if (!result.ok) return Errors.conflict('邀请码已经换过了，请刷新后查看')
  return ok({
    code: next,
    className: cls.name,
    qrFileUrl: await qrUrl({ ...pointer, _v: pointer._v + 1, code: next, qrFileId: null }, ctx.caller.user._id, deps),
  })
}

/** The mini-program code is made once per class code and kept (each wxacode call costs quota). */
async function qrUrl(pointer: ClassInvitePointer, userId: string, deps: Deps): Promise<string | null> {
  if (pointer.qrFileId !== null) return deps.files.url(pointer.qrFileId)
  const png = await deps.qr?.forScene(`c=${pointer.code}`)
  if (!png) return null
  const stored = await deps.files.put(`班级邀请-${pointer.code}.png`, png, userId)
  await repos(deps.store).classInvitePointers.update(pointer._id, { qrFileId: stored.fileId }, pointer._v) // best effort: a lost race only costs a regeneration
  return deps.files.url(stored.fileId)
}

export const lookupClassInvite: R['lookupClassInvite'] = async ({ code }, _ctx, { store }) => {
  const found = await findClassInvite(store, code)
  if (!found) return invalidClassCode()
  return ok({ schoolName: found.school.name, className: found.cls.name, noticeVersion: PRIVACY_NOTICE.version })
}

export async function findClassInvite(store: Deps['store'], code: string) {
  const r = repos(store)
  const invite = await r.invites.get(code)
  if (!invite || invite.kind !== 'class' || invite.status !== 'active' || !invite.classId) return null
  const [cls, school] = await Promise.all([r.classes.get(invite.classId), r.schools.get(invite.schoolId)])
  return cls && school ? { invite, cls, school } : null
}
