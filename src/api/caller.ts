import { ClassSchema, SchoolSchema } from '../core/model/school.schema'
import { StaffSchema, UserSchema } from '../core/model/people.schema'
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

export const schools = (store: DocStore) => typedRepo(store, 'schools', SchoolSchema)
export const classes = (store: DocStore) => typedRepo(store, 'classes', ClassSchema)
