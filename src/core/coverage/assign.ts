// The automatic assignment a leader can accept: every due family gets exactly one owner, the leadership
// team each take their share (policy §四(一): 校长和领导班子成员每年带头家访), and nobody carries far
// more than the average. A suggestion: the leader sees it as a list of moves and applies it in one action.
import { isLeadership, takesVisits, type StaffFacts } from './rules'

export type AssignFamily = { familyId: string; classId: string; ownerId: string | null }
export type Move = { familyId: string; from: string | null; to: string }
export type AssignOptions = { leaderShare: number }

/** Families each leader takes when nothing else is said. */
export const DEFAULT_LEADER_SHARE = 5

/** Moves that give every family an owner, leaders their share, and bring the most loaded down toward the mean. */
export function suggestAssignment(families: readonly AssignFamily[], staff: readonly StaffFacts[], opts: AssignOptions): Move[] {
  const eligible = staff.filter(takesVisits).sort((a, b) => cmp(a.staffId, b.staffId))
  if (eligible.length === 0) return []
  const ids = new Set(eligible.map((s) => s.staffId))
  const owner = new Map(families.map((f) => [f.familyId, f.ownerId && ids.has(f.ownerId) ? f.ownerId : null]))
  const load = new Map(eligible.map((s) => [s.staffId, 0]))
  for (const o of owner.values()) if (o) load.set(o, load.get(o)! + 1)
  const leaders = new Set(eligible.filter(isLeadership).map((s) => s.staffId))
  const teachesClass = (s: StaffFacts, classId: string) => s.teachings.some((t) => t.classId === classId)
  const ordered = [...families].sort((a, b) => cmp(a.familyId, b.familyId))
  const move = (familyId: string, to: string) => {
    const from = owner.get(familyId)!
    if (from) load.set(from, load.get(from)! - 1)
    load.set(to, load.get(to)! + 1)
    owner.set(familyId, to)
  }
  const leastLoaded = (pool: StaffFacts[]) => pool.reduce((a, b) => (load.get(b.staffId)! < load.get(a.staffId)! ? b : a))
  // 1. Nobody left without an owner: a teacher of the home class, else a leader, else anyone.
  for (const f of ordered) {
    if (owner.get(f.familyId)) continue
    const pool = eligible.filter((s) => teachesClass(s, f.classId))
    const fallback = eligible.filter((s) => leaders.has(s.staffId))
    move(f.familyId, leastLoaded(pool.length ? pool : fallback.length ? fallback : eligible).staffId)
  }
  // 2. Each leader takes their share from whoever carries the most.
  for (const leader of [...leaders]) {
    while (load.get(leader)! < opts.leaderShare) {
      const donor = mostLoaded(load, (id) => !leaders.has(id))
      if (!donor || load.get(donor)! <= load.get(leader)! + 1) break
      const f = ordered.find((x) => owner.get(x.familyId) === donor)!
      move(f.familyId, leader)
    }
  }
  // 3. Anyone above 1.5× the mean hands families to a less loaded teacher of the same class.
  const cap = Math.ceil((1.5 * families.length) / eligible.length)
  for (const f of ordered) {
    const from = owner.get(f.familyId)!
    if (load.get(from)! <= cap || leaders.has(from)) continue
    const pool = eligible.filter((s) => !leaders.has(s.staffId) && teachesClass(s, f.classId) && load.get(s.staffId)! < load.get(from)! - 1)
    if (pool.length) move(f.familyId, leastLoaded(pool).staffId)
  }
  const before = new Map(families.map((f) => [f.familyId, f.ownerId]))
  return ordered.filter((f) => owner.get(f.familyId) !== before.get(f.familyId)).map((f) => ({ familyId: f.familyId, from: before.get(f.familyId) ?? null, to: owner.get(f.familyId)! }))
}

function mostLoaded(load: Map<string, number>, allowed: (id: string) => boolean): string | null {
  let best: string | null = null
  for (const [id, n] of load) if (allowed(id) && (best === null || n > load.get(best)! || (n === load.get(best)! && id < best))) best = id
  return best
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
