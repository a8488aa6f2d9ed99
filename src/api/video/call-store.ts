// A room's call document: created on its first write, changed by compare-and-set (retried on a race),
// with the call events of the change in the same batch.
import { randomBytes } from 'node:crypto'
import type { Visit } from '../../core/model/visit.schema'
import type { DocStore, WriteOp } from '../../core/ports/doc-store'
import { writes, type NewDocOf } from '../../core/ports/writes'
import { Errors, err, ok, type Result } from '../../core/result'
import type { CallEvent, CallParticipant, CallSide, VideoCall } from '../../core/video/video.schema'
import { repos } from '../repos'
import type { Room } from './room-access'

const RETRIES = 5

export const loadCall = (store: DocStore, roomId: string) => repos(store).video_calls.get(roomId)

function freshCall(room: Room, visits: Visit[], at: string): VideoCall {
  return {
    _id: room.roomId,
    _v: 0,
    roomId: room.roomId,
    schoolId: room.visit.schoolId,
    visitIds: visits.map((v) => v._id),
    format: room.visit.agreed!.option.format,
    // Unguessable and never derived from ids: WeChat signs joining this group.
    groupId: `jf${randomBytes(12).toString('hex')}`,
    state: 'waiting',
    startedAt: null,
    endedAt: null,
    startedBy: null,
    participants: [],
    fallbacks: [],
    meetingNumber: null,
    updatedAt: at,
  }
}

export type EventInput = { visitId: string; userId: string; kind: CallEvent['kind']; reason: string | null }

export function eventDoc(roomId: string, e: EventInput, at: string): NewDocOf<'call_events'> {
  return { _id: `cev-${at}-${randomBytes(6).toString('hex')}`, roomId, ...e, at }
}

/**
 * Apply `change` to the room's call and write it with `events`; `change` answering null writes nothing.
 * The visits of a group room are refreshed on every write (a family may have joined the group since).
 */
export function changeCall(
  store: DocStore,
  room: Room,
  visits: Visit[],
  now: Date,
  change: (call: VideoCall) => VideoCall | null,
  events: EventInput[] = [],
  extra: WriteOp[] = [],
): Promise<Result<VideoCall>> {
  const ids = visits.map((v) => v._id)
  const withVisits = (c: VideoCall) => change({ ...c, visitIds: [...new Set([...c.visitIds, ...ids])] })
  return writeCall(store, room.roomId, now, () => freshCall(room, visits, now.toISOString()), withVisits, events, extra)
}

/** The same for a call that must exist already (the signalling hub): a missing one is "not started". */
export async function changeKnownCall(
  store: DocStore,
  roomId: string,
  now: Date,
  change: (call: VideoCall) => VideoCall | null,
  events: EventInput[] = [],
): Promise<Result<VideoCall>> {
  return writeCall(store, roomId, now, null, change, events)
}

async function writeCall(
  store: DocStore,
  roomId: string,
  now: Date,
  fresh: (() => VideoCall) | null,
  change: (call: VideoCall) => VideoCall | null,
  events: EventInput[],
  extra: WriteOp[] = [],
): Promise<Result<VideoCall>> {
  const at = now.toISOString()
  for (let i = 0; i < RETRIES; i++) {
    const known = await loadCall(store, roomId)
    if (!known && !fresh) return err('VIDEO.NOT_STARTED', '视频还没有开始')
    const base = known ?? fresh!()
    const next = change(base)
    if (!next) return ok(base)
    const { _id, _v, ...set } = { ...next, updatedAt: at }
    const write: WriteOp = known ? writes.update('video_calls', _id, set, known._v) : writes.insert('video_calls', { _id, ...set })
    const result = await store.batch([write, ...events.map((e) => writes.insert('call_events', eventDoc(roomId, e, at))), ...extra])
    if (result.ok) return ok({ ...next, updatedAt: at, _v: (known?._v ?? 0) + 1 })
  }
  return Errors.conflict('视频通话状态刚刚有了变化，请稍后重试')
}

/** The participant entry of `userId` changed by `patch` (added when new). */
export function withParticipant(
  call: VideoCall,
  who: { userId: string; side: CallSide; visitId: string },
  patch: (p: CallParticipant) => CallParticipant,
): VideoCall {
  const known = call.participants.find((p) => p.userId === who.userId)
  const base: CallParticipant = known ?? {
    ...who,
    firstJoinedAt: null,
    lastJoinedAt: null,
    lastLeftAt: null,
    camera: false,
    microphone: false,
    lastSeenAt: call.updatedAt,
  }
  const next = patch(base)
  const others = call.participants.filter((p) => p.userId !== who.userId)
  return { ...call, participants: [...others, next] }
}
