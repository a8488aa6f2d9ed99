// The automatic assignment: suggested from the whole school (read in full here only: a leader runs it
// rarely), shown as a diff, applied in one action if nothing changed meanwhile.
import { createHash } from 'node:crypto'
import { SCHEMAS } from '../../../core/collections'
import { DEFAULT_LEADER_SHARE, suggestAssignment } from '../../../core/coverage/assign'
import { isOnRoll, type Family } from '../../../core/model/family.schema'
import { MAX_PAGE, type WriteOp } from '../../../core/ports/doc-store'
import { readAll } from '../../../core/ports/typed-repo'
import { Errors, ok } from '../../../core/result'
import { refreshFamilies } from '../../coverage/refresh'
import { repos } from '../../repos'
import { takesVisits } from '../../../core/coverage/rules'
import type { RouteTable } from '../../types'
import { schoolContext, schoolStaff } from './school'

type R = RouteTable<'coverage'>
/** Refreshed by id up to this many (their children fit one read), else the whole school. */
const FEW = 30
export const STALE_BASIS = '名单已变化，请重新生成分配建议'

/** What the suggestion was made from: the families it moves, each at the version it was read. */
const basisOf = (families: ReadonlyArray<Pick<Family, '_id' | '_v'>>) =>
  createHash('sha256')
    .update([...families].map((f) => `${f._id}@${f._v}`).sort().join('\n'))
    .digest('hex')

export const suggest: R['suggestAssignment'] = async ({ leaderShare }, ctx, { store }) => {
  const school = await schoolContext(store, ctx.caller, ctx.now)
  if (!school) return Errors.notFound('学校')
  const where = { schoolId: school.schoolId }
  const [families, staff, students] = await Promise.all([
    readAll(store, 'families', SCHEMAS.families, where),
    schoolStaff(store, school.schoolId),
    readAll(store, 'students', SCHEMAS.students, where),
  ])
  const due = families.filter((f) => f.active && f.classId)
  const facts = staff.map((s) => ({ staffId: s._id, status: s.status, roles: s.roles, teachings: s.teachings }))
  const moves = suggestAssignment(
    due.map((f) => ({ familyId: f._id, classId: f.classId!, ownerId: f.ownerId })),
    facts,
    { leaderShare: leaderShare ?? DEFAULT_LEADER_SHARE },
  )
  const famById = new Map(due.map((f) => [f._id, f]))
  const nameOf = new Map(staff.map((s) => [s._id, s.name]))
  const kids = new Map<string, string[]>()
  for (const s of students.filter(isOnRoll)) kids.set(s.familyId, [...(kids.get(s.familyId) ?? []), s.name])
  return ok({
    families: due.length,
    basis: basisOf(moves.map((m) => famById.get(m.familyId)!)),
    moves: moves.map((m) => ({
      ...m,
      children: (kids.get(m.familyId) ?? []).join('、'),
      className: school.classById.get(famById.get(m.familyId)!.classId!)?.name ?? '',
      fromName: (m.from && nameOf.get(m.from)) || null,
      toName: nameOf.get(m.to) ?? '',
    })),
  })
}

export const apply: R['applyAssignment'] = async ({ moves, basis }, ctx, { store }) => {
  const school = await schoolContext(store, ctx.caller, ctx.now)
  if (!school) return Errors.notFound('学校')
  const ids = [...new Set(moves.map((m) => m.familyId))]
  if (ids.length !== moves.length) return Errors.conflict(STALE_BASIS)
  const r = repos(store)
  const chunks = Array.from({ length: Math.ceil(ids.length / MAX_PAGE) }, (_, i) => ids.slice(i * MAX_PAGE, (i + 1) * MAX_PAGE))
  const [found, staff] = await Promise.all([Promise.all(chunks.map((c) => r.families.getMany(c))), schoolStaff(store, school.schoolId)])
  const families = found.flat().filter((f) => f.schoolId === school.schoolId)
  if (families.length !== ids.length || basisOf(families) !== basis) return Errors.conflict(STALE_BASIS)
  const eligible = new Set(staff.filter(takesVisits).map((s) => s._id))
  if (moves.some((m) => !eligible.has(m.to))) return Errors.conflict(STALE_BASIS)
  const byId = new Map(families.map((f) => [f._id, f]))
  const at = ctx.now.toISOString()
  const ops: WriteOp[] = moves.map((m) => ({
    kind: 'update',
    coll: 'families',
    id: m.familyId,
    set: { assignment: { staffId: m.to, yearId: school.periods.year.id, by: ctx.caller.staff!._id, at } },
    expectVersion: byId.get(m.familyId)!._v,
  }))
  let applied = 0
  for (let i = 0; i < ops.length; i += store.maxBatchOps) {
    const part = ops.slice(i, i + store.maxBatchOps)
    if (!(await store.batch(part)).ok) break
    applied += part.length
  }
  // Owners follow the assignments (also for a part written before a concurrent change stopped us).
  if (applied) await refreshFamilies(store, school.schoolId, ctx.now, applied <= FEW ? ids.slice(0, applied) : undefined)
  if (applied < ops.length) return Errors.conflict(`已调整 ${applied} 户，其余家庭刚被他人修改，请重新生成分配建议`)
  return ok({ applied })
}
