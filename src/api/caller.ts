import { createHash } from 'node:crypto'
import { DEFAULT_USER_NAME, StaffSchema, UserSchema } from '../core/model/people.schema'
import { typedRepo } from '../core/ports/typed-repo'
import type { DocStore } from '../core/ports/doc-store'
import type { Role } from '../core/roles'
import type { Caller, Identity } from './types'

/** Resolve an identity to a caller with roles: at most three round trips whatever the data size. */
export async function resolveCaller(identity: Identity, store: DocStore): Promise<Caller | null> {
  const users = typedRepo(store, 'users', UserSchema)
  let user = null
  if (identity.kind === 'user') user = await users.get(identity.userId)
  else if (identity.kind === 'openid') user = (await users.find({ where: { openid: identity.openid }, limit: 1 }))[0] ?? null
  if (!user) return null

  const roles: Role[] = []
  let staff = null
  if (user.staffId) {
    staff = await typedRepo(store, 'staff', StaffSchema).get(user.staffId)
    if (staff?.status === 'active') roles.push(...staff.roles)
    else staff = null
  }
  const approved = await store.count('bindings', { userId: user._id, status: 'approved' })
  if (approved > 0) roles.push('parent')
  if (user.districtId) roles.push('district')
  return { user, roles, staff, schoolId: staff?.schoolId ?? null }
}

/** First call from a WeChat user who has no account yet: create one, keyed by their openid (idempotent). */
export async function enrolNewcomer(identity: Identity, store: DocStore, now = new Date()): Promise<Caller | null> {
  if (identity.kind !== 'openid') return null
  const id = `usr-wx-${createHash('sha256').update(identity.openid).digest('hex').slice(0, 24)}`
  await store.insert('users', {
    _id: id,
    openid: identity.openid,
    name: DEFAULT_USER_NAME,
    staffId: null,
    guardianIds: [],
    districtId: null,
    createdAt: now.toISOString(),
  })
  return resolveCaller({ kind: 'user', userId: id }, store)
}
