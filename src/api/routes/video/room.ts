// The waiting room and the call's life: the room as each side sees it, a guardian's readiness, the
// host's start and end. Writes are compare-and-set on the room's call; retries replay (request ids).
import { err } from '../../../core/result'
import { endedCall, VIDEO_MESSAGES } from '../../../core/video/room.rules'
import { changeCall, loadCall, withParticipant } from '../../video/call-store'
import { visitsOfRoom } from '../../video/room-access'
import type { RouteTable } from '../../types'
import { loadHostRoom, loadRoom, refusedByDay, viewOk } from './load'

type R = RouteTable<'video'>

export const room: R['room'] = async ({ visitId }, ctx, { store }) => {
  const r = await loadRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  return viewOk(store, ctx, r.data, await loadCall(store, r.data.roomId))
}

export const ready: R['ready'] = async ({ visitId, camera, microphone }, ctx, { store }) => {
  const r = await loadRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const refused = refusedByDay(r.data, ctx.now)
  if (refused) return refused
  const at = ctx.now.toISOString()
  const who = { userId: ctx.caller.user._id, side: r.data.side, visitId }
  const first = !(await loadCall(store, r.data.roomId))?.participants.some((p) => p.userId === who.userId)
  const events = first ? [{ visitId, userId: who.userId, kind: 'ready' as const, reason: null }] : []
  const call = await changeCall(
    store,
    r.data,
    await visitsOfRoom(store, r.data),
    ctx.now,
    (c) => withParticipant(c, who, (p) => ({ ...p, camera, microphone, lastSeenAt: at })),
    events,
  )
  return call.ok ? viewOk(store, ctx, r.data, call.data) : call
}

export const start: R['start'] = async ({ visitId }, ctx, { store }) => {
  const r = await loadHostRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const refused = refusedByDay(r.data, ctx.now)
  if (refused) return refused
  const at = ctx.now.toISOString()
  const userId = ctx.caller.user._id
  const call = await changeCall(
    store,
    r.data,
    await visitsOfRoom(store, r.data),
    ctx.now,
    // Started already (a double tap, a co-visitor's start): nothing to write.
    (c) => (c.state === 'in_call' ? null : { ...c, state: 'in_call', startedAt: at, endedAt: null, startedBy: userId }),
    [{ visitId, userId, kind: 'start', reason: null }],
  )
  return call.ok ? viewOk(store, ctx, r.data, call.data) : call
}

export const end: R['end'] = async ({ visitId }, ctx, { store, video }) => {
  const r = await loadHostRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const known = await loadCall(store, r.data.roomId)
  if (!known || known.state === 'waiting') return err('VIDEO.NOT_STARTED', '视频还没有开始')
  const call = await changeCall(store, r.data, [r.data.visit], ctx.now, (c) => endedCall(c, ctx.now.toISOString()), [
    { visitId, userId: ctx.caller.user._id, kind: 'end', reason: null },
  ])
  if (call.ok) video?.onEnded?.(r.data.roomId)
  return call.ok ? viewOk(store, ctx, r.data, call.data) : call
}

export const ticketRefusal = (state: string) =>
  state === 'ended' ? err('VIDEO.ENDED', VIDEO_MESSAGES.ended) : err('VIDEO.NOT_STARTED', VIDEO_MESSAGES.notStarted)
