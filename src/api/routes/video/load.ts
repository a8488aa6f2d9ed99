// Shared by the video routes: the caller's room (or "not found" for anyone outside the visit) and the
// day rule. A group room's visits are read only by the writes that need them.
import type { RoomView } from '../../../core/contract/video.contract'
import type { DocStore } from '../../../core/ports/doc-store'
import { Errors, err, ok, type Err, type Result } from '../../../core/result'
import { callWindow, VIDEO_MESSAGES } from '../../../core/video/room.rules'
import type { VideoCall } from '../../../core/video/video.schema'
import { participantOf, roomOf, type Room } from '../../video/room-access'
import { roomView } from '../../video/room-view'
import type { Caller, Ctx } from '../../types'

export async function loadRoom(store: DocStore, caller: Caller, visitId: string): Promise<Result<Room>> {
  const p = await participantOf(store, caller, visitId)
  if (!p) return Errors.notFound('家访')
  const room = roomOf(p)
  return room ? ok(room) : err('VIDEO.NOT_AGREED', VIDEO_MESSAGES.notAgreed)
}

/** The host's own actions: a guardian (even one who is also staff) finds nothing to start or end. */
export async function loadHostRoom(store: DocStore, caller: Caller, visitId: string): Promise<Result<Room>> {
  const room = await loadRoom(store, caller, visitId)
  if (room.ok && room.data.side !== 'host') return Errors.notFound('家访')
  return room
}

/** Calls are held on the agreed day of an agreed visit (Shanghai time). */
export function refusedByDay(room: Room, now: Date): Err | null {
  const w = callWindow(room.visit, now)
  if (w === 'not_agreed') return err('VIDEO.NOT_AGREED', VIDEO_MESSAGES.notAgreed)
  if (w === 'early') return err('VIDEO.TOO_EARLY', VIDEO_MESSAGES.early(room.visit.agreed!.option.startAt))
  if (w === 'over') return err('VIDEO.DAY_OVER', VIDEO_MESSAGES.over)
  return null
}

export const viewOk = async (store: DocStore, ctx: Ctx, room: Room, call: VideoCall | null): Promise<Result<RoomView>> =>
  ok(await roomView(store, ctx.caller, room, call, ctx.now))
