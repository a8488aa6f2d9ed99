// The waiting room and call as one participant sees it: people labelled for this viewer (another
// family in a group room is "其他家长"), whether the host may start, and the fallbacks.
import type { RoomView } from '../../core/contract/video.contract'
import { RELATION_LABELS } from '../../core/model/family.schema'
import type { DocStore } from '../../core/ports/doc-store'
import { callWindow, isInCall, labelFor, PRESENT_MS, type RoomMember } from '../../core/video/room.rules'
import type { CallParticipant, VideoCall } from '../../core/video/video.schema'
import { repos } from '../repos'
import type { Caller } from '../types'
import type { Room } from './room-access'

/** Names of everyone in the call: hosts from the visit (teacher, co-visitors), guardians from their accounts. */
async function namesOf(store: DocStore, room: Room, people: CallParticipant[]): Promise<Map<string, string>> {
  const names = new Map<string, string>([[room.visit.teacherUserId, room.visit.teacherName]])
  for (const c of room.visit.coVisitors) names.set(c.userId, c.name)
  const unknown = [...new Set(people.map((p) => p.userId).filter((u) => !names.has(u)))].slice(0, 100)
  for (const u of await repos(store).users.getMany(unknown)) names.set(u._id, u.name)
  return names
}

async function phoneTargets(store: DocStore, room: Room) {
  if (room.side !== 'host') return []
  const guardians = await repos(store).guardians.find({ where: { familyId: room.visit.familyId }, orderBy: [['_id', 'asc']], limit: 20 })
  return guardians.map((g) => ({ guardianId: g._id, label: `${g.name}（${RELATION_LABELS[g.relation]}）` }))
}

export async function roomView(store: DocStore, caller: Caller, room: Room, call: VideoCall | null, now: Date): Promise<RoomView> {
  const option = room.visit.agreed!.option
  const people = call?.participants ?? []
  const [names, targets] = await Promise.all([namesOf(store, room, people), phoneTargets(store, room)])
  const viewer = { userId: caller.user._id, side: room.side, visitId: room.visit._id }
  const state = call?.state ?? 'waiting'
  return {
    roomId: room.roomId,
    visitId: room.visit._id,
    format: option.format,
    group: room.group,
    side: room.side,
    teacherName: room.visit.teacherName,
    startAt: option.startAt,
    endAt: option.endAt,
    state,
    startedAt: call?.startedAt ?? null,
    endedAt: call?.endedAt ?? null,
    people: people.map((p) => {
      const member: RoomMember = { userId: p.userId, side: p.side, visitId: p.visitId, name: names.get(p.userId) ?? '' }
      return {
        label: labelFor(viewer, member, room.group),
        side: p.side,
        present: now.getTime() - Date.parse(p.lastSeenAt) < PRESENT_MS,
        inCall: isInCall(call!, p),
        camera: p.camera,
        microphone: p.microphone,
      }
    }),
    canStart: room.side === 'host' && state !== 'in_call' && callWindow(room.visit, now) === 'open',
    meetingNumber: call?.meetingNumber ?? null,
    phoneTargets: targets,
    fallbacks: (call?.fallbacks ?? []).filter((f) => f.visitId === room.visit._id).map((f) => ({ via: f.via, at: f.at })),
  }
}
