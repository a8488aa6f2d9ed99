import { PRIVACY_NOTICE } from '../../../core/privacy/notice'
import { Errors, err, ok } from '../../../core/result'
import { newInviteCode } from '../../codes'
import { isHeadOf } from '../../policy'
import { repos } from '../../repos'
import type { Deps, RouteTable } from '../../types'

type R = RouteTable<'accounts'>
export const invalidClassCode = () => err('INVITE.INVALID', '邀请码无效，请核对班主任发的邀请码')

/** One standing code per class; the pointer document makes concurrent first requests agree on it. */
export const classInvite: R['classInvite'] = async ({ classId }, ctx, deps) => {
  const r = repos(deps.store)
  const cls = await r.classes.get(classId)
  if (!cls || cls.schoolId !== ctx.caller.schoolId || !isHeadOf(ctx.caller, classId)) return Errors.notFound('班级')
  const pointerId = `class-invite:${classId}`
  let pointer = await deps.store.get('locks', pointerId)
  if (!pointer) {
    const code = newInviteCode()
    const created = await deps.store.batch([
      { kind: 'insert', coll: 'locks', doc: { _id: pointerId, code } },
      {
        kind: 'insert',
        coll: 'invites',
        doc: { _id: code, schoolId: cls.schoolId, kind: 'class', staffId: null, classId, createdBy: ctx.caller.user._id, createdAt: ctx.now.toISOString(), expiresAt: null, status: 'active', usedBy: null },
      },
    ])
    pointer = created.ok ? { _id: pointerId, _v: 1, code } : await deps.store.get('locks', pointerId)
    if (!pointer) return Errors.conflict('请重试')
  }
  const code = String(pointer.code)
  return ok({ code, className: cls.name, qrFileUrl: await qrUrl(code, ctx.caller.user._id, deps) })
}

async function qrUrl(code: string, userId: string, deps: Deps): Promise<string | null> {
  const png = await deps.qr?.forScene(`c=${code}`)
  if (!png) return null
  const stored = await deps.files.put(`班级邀请-${code}.png`, png, userId)
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
