// Who may take part in a visit's call, read on the server: the visit, the caller's side in it, its room
// and, for a group room, every visit sharing it. Anyone else finds nothing (as for a missing visit).
import type { Visit } from '../../core/model/visit.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { roomIdOf, sideIn, isGroupVisit } from '../../core/video/room.rules'
import type { CallSide } from '../../core/video/video.schema'
import { repos } from '../repos'
import type { Caller } from '../types'

export type Room = { visit: Visit; side: CallSide; roomId: string; group: boolean }

/** The caller's own children among `studentIds` (approved bindings only). */
async function boundAmong(store: DocStore, caller: Caller, studentIds: string[]): Promise<string[]> {
  if (!caller.roles.includes('parent') || studentIds.length === 0) return []
  const bindings = await repos(store).bindings.find({
    where: { userId: caller.user._id, studentId: { in: studentIds }, status: 'approved' },
    limit: 20,
  })
  return bindings.map((b) => b.studentId)
}

/** The visit and the caller's side in it, or null when it is missing or not theirs (answered alike). */
export async function participantOf(store: DocStore, caller: Caller, visitId: string): Promise<{ visit: Visit; side: CallSide } | null> {
  const visit = await repos(store).visits.get(visitId)
  if (!visit) return null
  const staffId = caller.staff?._id ?? null
  const isParent = caller.roles.includes('parent')
  const host = sideIn(visit, { staffId, isParent: false, boundStudentIds: [] })
  if (host) return { visit, side: host }
  const side = sideIn(visit, { staffId: null, isParent, boundStudentIds: await boundAmong(store, caller, visit.studentIds) })
  return side ? { visit, side } : null
}

/** The room of an agreed visit the caller takes part in; null before a time is agreed. */
export function roomOf(p: { visit: Visit; side: CallSide }): Room | null {
  const roomId = roomIdOf(p.visit)
  return roomId ? { ...p, roomId, group: isGroupVisit(p.visit) } : null
}

/** The visits held in the room: one, or the teacher's group visits agreed for the same start. */
export async function visitsOfRoom(store: DocStore, room: Room): Promise<Visit[]> {
  if (!room.group) return [room.visit]
  const startAt = room.visit.agreed!.option.startAt
  const same = await repos(store).visits.find({
    where: { teacherId: room.visit.teacherId, status: 'scheduled', startAt: { gte: startAt, lte: startAt } },
    limit: 50,
  })
  const group = same.filter((v) => isGroupVisit(v) && roomIdOf(v) === room.roomId)
  return group.some((v) => v._id === room.visit._id) ? group : [room.visit, ...group]
}
