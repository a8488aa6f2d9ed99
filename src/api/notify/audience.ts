// Who hears about a change to a visit: its teacher and every guardian bound to one of its children,
// except the person who made the change. The side whose turn it now is also gets the WeChat push.
import type { Side, Visit } from '../../core/model/visit.schema'
import type { DocStore } from '../../core/ports/doc-store'
import type { Binding } from '../../core/model/family.schema'
import { repos } from '../repos'
import type { Recipient } from './outbox'

export async function audienceOf(
  store: DocStore,
  visit: Visit,
  actorUserId: string,
  pushSide: Side,
  bound: Bound = boundOnce(store),
): Promise<Recipient[]> {
  const bindings = await bound(visit.studentIds)
  const people = new Map<string, Side>([[visit.teacherUserId, 'teacher']])
  for (const b of bindings) if (!people.has(b.userId)) people.set(b.userId, 'parent')
  people.delete(actorUserId)
  return [...people].map(([userId, side]) => ({ userId, side, push: side === pushSide }))
}

/** The approved bindings to some children: who of the family the app reaches. */
export type Bound = (studentIds: string[]) => Promise<Binding[]>

/** Several steps of one action ask who is bound to the visit's children: one read serves them all. */
export function boundOnce(store: DocStore): Bound {
  let read: { key: string; bindings: Promise<Binding[]> } | null = null
  return (studentIds) => {
    const key = studentIds.join(',')
    if (read?.key !== key) read = { key, bindings: approvedBindings(store, studentIds) }
    return read.bindings
  }
}

export const approvedBindings = (store: DocStore, studentIds: string[]) =>
  repos(store).bindings.find({ where: { studentId: { in: studentIds }, status: 'approved' }, limit: 50 })
