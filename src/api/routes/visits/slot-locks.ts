// A teacher's calendar slots as lock documents (`slot:<teacher>:<15-minute slot>`): a visit takes its
// slots when agreed and gives them back when moved or cancelled. The teacher's group visits agreed for the
// same start are one session and share their slots: the lock names the session and lists its visits; the
// last one out removes it (a compare-and-set first, so a family joining meanwhile keeps it).
import type { Visit, VisitOption } from '../../../core/model/visit.schema'
import { SlotLockSchema } from '../../../core/model/system.schema'
import type { DocStore, WriteOp } from '../../../core/ports/doc-store'
import { typedRepo } from '../../../core/ports/typed-repo'
import { writes } from '../../../core/ports/writes'
import { slotStarts } from '../../../core/visit/options.rules'
import { slotId } from './access'

type Slots = Pick<VisitOption, 'startAt' | 'endAt' | 'format'>
const groupKey = (o: Slots) => `group:${new Date(o.startAt).toISOString()}`

/** The write operations giving back `release` and taking `take` for `visit` (in that order). */
export async function slotOps(store: DocStore, visit: Visit, take: Slots | null, release: Slots | null): Promise<WriteOp[]> {
  const ids = (o: Slots) => slotStarts(o).map((s) => slotId(visit.teacherId, s))
  const group = [take, release].some((o) => o?.format === 'group')
  const known = group ? await readLocks(store, [...(release ? ids(release) : []), ...(take ? ids(take) : [])]) : new Map()
  const ops: WriteOp[] = []
  // Giving back changes a lock the taking may meet again (a visit moved by less than its length).
  if (release) for (const id of ids(release)) ops.push(...giveBack(id, visit._id, known.get(id) ?? null, known))
  if (take) for (const id of ids(take)) ops.push(...takeSlot(id, visit._id, take, known.get(id) ?? null))
  return ops
}

type Lock = { _id: string; _v: number; visitId: string; members?: string[] }

async function readLocks(store: DocStore, ids: string[]): Promise<Map<string, Lock>> {
  const repo = typedRepo(store, 'locks', SlotLockSchema)
  const out = new Map<string, Lock>()
  for (let i = 0; i < ids.length; i += 100) for (const l of await repo.getMany(ids.slice(i, i + 100))) out.set(l._id, l)
  return out
}

function giveBack(id: string, visitId: string, lock: Lock | null, known: Map<string, Lock>): WriteOp[] {
  known.delete(id)
  if (!lock?.members) return [writes.remove('locks', id)]
  const others = lock.members.filter((m) => m !== visitId)
  if (!others.length) return [writes.update('locks', id, { members: [] }, lock._v), writes.remove('locks', id)]
  known.set(id, { ...lock, members: others, _v: lock._v + 1 })
  return [writes.update('locks', id, { members: others }, lock._v)]
}

/** A group visit joins its session's lock; anything else inserts (a taken slot fails the batch as a duplicate). */
function takeSlot(id: string, visitId: string, take: Slots, lock: Lock | null): WriteOp[] {
  const key = take.format === 'group' ? groupKey(take) : null
  if (key && lock?.visitId === key && lock.members)
    return [writes.update('locks', id, { members: [...lock.members.filter((m) => m !== visitId), visitId] }, lock._v)]
  return [writes.insert('locks', key ? { _id: id, visitId: key, members: [visitId] } : { _id: id, visitId })]
}
