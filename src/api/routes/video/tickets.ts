// Entry to the browser's call: a join ticket for the signalling hub (this visit's room only, 10 minutes;
// reconnecting asks again) with the ICE servers to use. Guests get one only while the call is on.
import { SIGNAL_PATH } from '../../../core/video/signal.schema'
import { changeCall, loadCall } from '../../video/call-store'
import { signTicket } from '../../video/ticket'
import type { Deps, RouteTable, VideoDeps } from '../../types'
import { loadRoom, refusedByDay } from './load'
import { ticketRefusal } from './room'

type R = RouteTable<'video'>

/** Set by every entry point that serves `video`; missing is a wiring bug, not a user's problem. */
export function videoDeps(deps: Deps): VideoDeps {
  if (!deps.video) throw new Error('video dependencies are not configured for this entry point')
  return deps.video
}

export const joinTicket: R['joinTicket'] = async ({ visitId }, ctx, deps) => {
  const r = await loadRoom(deps.store, ctx.caller, visitId)
  if (!r.ok) return r
  const refused = refusedByDay(r.data, ctx.now)
  if (refused) return refused
  const call = await loadCall(deps.store, r.data.roomId)
  if (call?.state !== 'in_call') return ticketRefusal(call?.state ?? 'waiting')
  // A family that joined the group since the call started: the room learns its visit before the hub checks it.
  if (!call.visitIds.includes(visitId)) {
    const added = await changeCall(deps.store, r.data, [r.data.visit], ctx.now, (c) => c)
    if (!added.ok) return added
  }
  const video = videoDeps(deps)
  if (!video.ticketSecret) throw new Error('no ticket secret: set JF_VIDEO_SECRET where the video function runs')
  const ticket = signTicket({ roomId: r.data.roomId, visitId, userId: ctx.caller.user._id, side: r.data.side }, video.ticketSecret, ctx.now)
  return { ok: true, data: { ...ticket, signalPath: SIGNAL_PATH, iceServers: video.iceServers } }
}
