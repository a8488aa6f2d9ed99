// Who hears about a change to a visit: its teacher and every guardian bound to one of its children,
// except the person who made the change. The side whose turn it now is also gets the WeChat push.
import type { Side, Visit } from '../../core/model/visit.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { repos } from '../repos'
import type { Recipient } from './outbox'

export async function audienceOf(store: DocStore, visit: Visit, actorUserId: string, pushSide: Side): Promise<Recipient[]> {
  const bindings = await repos(store).bindings.find({ where: { studentId: { in: visit.studentIds }, status: 'approved' }, limit: 50 })
  const people = new Map<string, Side>([[visit.teacherUserId, 'teacher']])
  for (const b of bindings) if (!people.has(b.userId)) people.set(b.userId, 'parent')
  people.delete(actorUserId)
  return [...people].map(([userId, side]) => ({ userId, side, push: side === pushSide }))
}
