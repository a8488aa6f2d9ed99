// Repairs of the special-members document (rules in src/core/coverage/member-repairs.ts): a writer puts
// `repairsFor(...)` in its batch, then calls `settleRepairs`; the scheduler takes what a crash or a
// failed write left. Each marker has an id of its own, so two writers about one family never remove
// each other's: a marker goes only once its own writer (or the scheduler) wrote the entry after it.
import { randomBytes } from 'node:crypto'
import { familiesTouched, repairCutoff, repairGroups, type MemberRepair, type RepairGroup } from '../../core/coverage/member-repairs'
import type { DocStore, WriteOp } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { repos } from '../repos'
import { refreshMember } from './special-members'

export type Repair = Omit<MemberRepair, '_v'>

/** One marker for each family of `schoolId` whose entry these writes may change. */
export function repairsFor(schoolId: string, ops: readonly WriteOp[], now: Date): Repair[] {
  const at = now.toISOString()
  return familiesTouched(ops).map((familyId) => ({ _id: `${schoolId}:${familyId}:${randomBytes(6).toString('hex')}`, schoolId, familyId, at }))
}

export const repairOps = (repairs: readonly Repair[]): WriteOp[] => repairs.map((r) => writes.insert('member_repairs', r))

/**
 * After the batch holding the markers: each family's entry written again, then its marker removed.
 * Answers whether all went through; a failure is not the caller's (its change is in): the marker stays
 * and the scheduler repairs the entry a minute on.
 */
export async function settleRepairs(store: DocStore, repairs: readonly Repair[], now: Date): Promise<boolean> {
  let settled = true
  for (const group of repairGroups(repairs)) settled = (await repair(store, group, now)) && settled
  return settled
}

/** After a whole write of the document (every entry from the roster): the markers only go. */
export async function clearRepairs(store: DocStore, repairs: readonly Repair[]): Promise<void> {
  for (let i = 0; i < repairs.length; i += store.maxBatchOps) {
    await store.batch(repairs.slice(i, i + store.maxBatchOps).map((r) => writes.remove('member_repairs', r._id)))
  }
}

async function repair(store: DocStore, group: RepairGroup, now: Date): Promise<boolean> {
  try {
    await refreshMember(store, group.schoolId, group.familyId, now)
    return (await store.batch(group.ids.map((id) => writes.remove('member_repairs', id)))).ok
  } catch {
    return false
  }
}

/**
 * The scheduler's slice: markers left over a minute, oldest first, each family's entry written again.
 * One that fails again is dated now, so it waits for a later run behind the others instead of being
 * taken again at once.
 */
export async function repairSlice(store: DocStore, now: Date, size: number): Promise<{ looked: number; repaired: number; failed: number }> {
  const r = repos(store).member_repairs
  const due = await r.find({ where: { at: { lt: repairCutoff(now) } }, orderBy: [['at', 'asc']], limit: size })
  let repaired = 0
  let failed = 0
  for (const group of repairGroups(due)) {
    if (await repair(store, group, now)) repaired++
    else {
      failed++
      await Promise.all(group.ids.map((id) => r.update(id, { at: now.toISOString() }).catch(() => false)))
    }
  }
  return { looked: due.length, repaired, failed }
}
