// WeChat's side of the call: the multi-party VoIP signature (for this visit's room only, once the call
// is on), the 1v1 call's two sides (host only) and the call events the device reports.
import { randomBytes } from 'node:crypto'
import { err, ok } from '../../../core/result'
import { markPresence, PRESENT_MS, VIDEO_MESSAGES } from '../../../core/video/room.rules'
import { repos } from '../../repos'
import { changeCall, loadCall, withParticipant } from '../../video/call-store'
import { visitsOfRoom } from '../../video/room-access'
import type { RouteTable } from '../../types'
import { loadHostRoom, loadRoom, refusedByDay } from './load'
import { ticketRefusal } from './room'
import { videoDeps } from './tickets'

type R = RouteTable<'video'>

export const voipSign: R['voipSign'] = async ({ visitId }, ctx, deps) => {
  const r = await loadRoom(deps.store, ctx.caller, visitId)
  if (!r.ok) return r
  const refused = refusedByDay(r.data, ctx.now)
  if (refused) return refused
  const signer = videoDeps(deps).voip
  if (!signer) return err('VIDEO.NO_VOIP', VIDEO_MESSAGES.noVoip)
  const call = await loadCall(deps.store, r.data.roomId)
  if (call?.state !== 'in_call') return ticketRefusal(call?.state ?? 'waiting')
  // The group id was drawn at random when the room's call was created: never derived from ids.
  return ok(await signer.sign(call.groupId, randomBytes(16).toString('hex'), Math.floor(ctx.now.getTime() / 1000)))
}

export const voipPeers: R['voipPeers'] = async ({ visitId }, ctx, { store }) => {
  const r = await loadHostRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const bindings = await repos(store).bindings.find({
    where: { studentId: { in: r.data.visit.studentIds }, status: 'approved' },
    limit: 50,
  })
  const [users, call] = await Promise.all([
    repos(store).users.getMany([...new Set(bindings.map((b) => b.userId))]),
    loadCall(store, r.data.roomId),
  ])
  const seen = (userId: string) => {
    const p = call?.participants.find((x) => x.userId === userId)
    return !!p && ctx.now.getTime() - Date.parse(p.lastSeenAt) < PRESENT_MS
  }
  const listeners = users
    .filter((u) => u.openid)
    .map((u) => ({ nickname: u.name, openid: u.openid!, present: seen(u._id) }))
    .sort((a, b) => Number(b.present) - Number(a.present))
  const me = ctx.caller.user
  return ok({ caller: me.openid ? { nickname: `${ctx.caller.staff?.name ?? me.name}老师`, openid: me.openid } : null, listeners })
}

export const callEvent: R['callEvent'] = async ({ visitId, kind, reason }, ctx, { store }) => {
  const r = await loadRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const at = ctx.now.toISOString()
  const who = { userId: ctx.caller.user._id, side: r.data.side, visitId }
  const written = await changeCall(
    store,
    r.data,
    await visitsOfRoom(store, r.data),
    ctx.now,
    (c) => {
      // A failure changes no one's presence; joining and leaving count only while the call is on.
      if (kind === 'failed' || c.state !== 'in_call') return c
      return withParticipant(c, who, (p) => markPresence(p, kind, at))
    },
    [{ visitId, userId: who.userId, kind, reason: reason || null }],
  )
  return written.ok ? ok({ recorded: true }) : written
}
