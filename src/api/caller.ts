import { createHash } from 'node:crypto'
import type { CollectionName } from '../core/collections'
import { DEFAULT_USER_NAME, StaffSchema, UserSchema } from '../core/model/people.schema'
import { typedRepo } from '../core/ports/typed-repo'
import type { DocStore } from '../core/ports/doc-store'
import type { Role } from '../core/roles'
import type { Caller, Identity } from './types'

/** Everything a caller's roles are read from: any write to one of these ends every cached caller. */
const ROLE_SOURCES: readonly CollectionName[] = ['users', 'staff', 'bindings']
/** How long a resolved caller is kept at most, even with nothing written meanwhile. */
export const CALLER_TTL_MS = 60_000
const MAX_CACHED = 10_000

type Cached = { stamp: string; at: number; caller: Caller }
const cached = new WeakMap<DocStore, Map<string, Cached>>()

/**
 * Resolve an identity to a caller with roles: three reads, or none when this caller was resolved
 * before and nothing their roles come from has been written since. Only an engine that sees every
 * write (the local one, see DocStore.writeStamp) allows that; elsewhere every request reads.
 */
export async function resolveCaller(identity: Identity, store: DocStore): Promise<Caller | null> {
  const key = identity.kind === 'user' ? `user:${identity.userId}` : identity.kind === 'openid' ? `openid:${identity.openid}` : null
  // Taken before reading: a write that lands while we read changes it, and what we read is not kept.
  const stamp = key ? (store.writeStamp?.(ROLE_SOURCES) ?? null) : null
  const callers = stamp ? cacheOf(store) : null
  const hit = callers?.get(key!)
  if (hit && hit.stamp === stamp && Date.now() - hit.at < CALLER_TTL_MS) return hit.caller
  const caller = await readCaller(identity, store)
  if (callers && caller) {
    if (callers.size >= MAX_CACHED) callers.delete(callers.keys().next().value!)
    callers.set(key!, { stamp: stamp!, at: Date.now(), caller: deepFreeze(caller) })
  }
  return caller
}

async function readCaller(identity: Identity, store: DocStore): Promise<Caller | null> {
  const users = typedRepo(store, 'users', UserSchema)
  let user = null
  if (identity.kind === 'user') user = await users.get(identity.userId)
  else if (identity.kind === 'openid') user = (await users.find({ where: { openid: identity.openid }, limit: 1 }))[0] ?? null
  if (!user) return null

  const roles: Role[] = []
  const [staff, approved] = await Promise.all([
    user.staffId ? typedRepo(store, 'staff', StaffSchema).get(user.staffId) : null,
    store.count('bindings', { userId: user._id, status: 'approved' }),
  ])
  const active = staff?.status === 'active' ? staff : null
  if (active) roles.push(...active.roles)
  if (approved > 0) roles.push('parent')
  if (user.districtId) roles.push('district')
  return { user, roles, staff: active, schoolId: active?.schoolId ?? null }
}

function cacheOf(store: DocStore): Map<string, Cached> {
  let callers = cached.get(store)
  if (!callers) cached.set(store, (callers = new Map()))
  return callers
}

/** One caller object serves many requests: none of them may change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
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
