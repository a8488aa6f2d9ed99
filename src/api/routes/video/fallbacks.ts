// When the call does not carry the visit: the Tencent Meeting number (set by the host, shown to the
// family), the phone (the number revealed to the host only, audited) and the way actually used.
import { Errors, err, ok } from '../../../core/result'
import { contactId } from '../../../core/model/people.schema'
import { meetingNumberOf, VIDEO_MESSAGES } from '../../../core/video/room.rules'
import { auditEntry } from '../../audit'
import { recordAudit } from '../../audit-writer'
import { repos } from '../../repos'
import { changeCall } from '../../video/call-store'
import { heldViaOps } from '../../video/held-via'
import { visitsOfRoom } from '../../video/room-access'
import type { RouteTable } from '../../types'
import { loadHostRoom, refusedByDay, viewOk } from './load'

type R = RouteTable<'video'>

export const setMeeting: R['setMeeting'] = async ({ visitId, meetingNumber }, ctx, { store }) => {
  const r = await loadHostRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const number = meetingNumberOf(meetingNumber)
  if (!number) return err('VIDEO.BAD_MEETING', VIDEO_MESSAGES.badMeeting)
  const call = await changeCall(store, r.data, await visitsOfRoom(store, r.data), ctx.now, (c) =>
    c.meetingNumber === number && c._v > 0 ? null : { ...c, meetingNumber: number },
  )
  return call.ok ? viewOk(store, ctx, r.data, call.data) : call
}

export const fallback: R['fallback'] = async ({ visitId, via }, ctx, { store }) => {
  const r = await loadHostRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const refused = refusedByDay(r.data, ctx.now)
  if (refused) return refused
  const at = ctx.now.toISOString()
  const userId = ctx.caller.user._id
  const [call, session] = await Promise.all([repos(store).video_calls.get(r.data.roomId), repos(store).visit_sessions.get(visitId)])
  if (via === 'meeting' && !call?.meetingNumber) return err('VIDEO.NO_MEETING', VIDEO_MESSAGES.noMeeting)
  // Recorded once per way per visit; the visit as held says the latest way.
  const known = !!call?.fallbacks.some((f) => f.visitId === visitId && f.via === via)
  const held = heldViaOps(r.data.visit, session, via, at)
  if (known && !held.length) return viewOk(store, ctx, r.data, call)
  const events = known ? [] : [{ visitId, userId, kind: 'fallback' as const, reason: via }]
  const written = await changeCall(
    store,
    r.data,
    await visitsOfRoom(store, r.data),
    ctx.now,
    (c) =>
      known
        ? c
        : {
            ...c,
            fallbacks: [...c.fallbacks.filter((f) => f.visitId !== visitId || f.via !== via), { visitId, via, at, byUserId: userId }],
          },
    events,
    held,
  )
  return written.ok ? viewOk(store, ctx, r.data, written.data) : written
}

export const revealPhone: R['revealPhone'] = async ({ visitId, guardianId }, ctx, { store }) => {
  const r = await loadHostRoom(store, ctx.caller, visitId)
  if (!r.ok) return r
  const refused = refusedByDay(r.data, ctx.now)
  if (refused) return refused
  const { visit } = r.data
  const [guardian, contact] = await Promise.all([repos(store).guardians.get(guardianId), repos(store).contacts.get(contactId(guardianId))])
  // Only a guardian of this visit's family; any other id is answered as missing.
  if (!guardian || guardian.familyId !== visit.familyId) return Errors.notFound('家长')
  if (!contact?.phone) return err('VIDEO.NO_PHONE', VIDEO_MESSAGES.noPhone)
  const entry = {
    schoolId: visit.schoolId,
    action: 'family.read_phone',
    targetType: 'family',
    targetId: visit.familyId,
    reason: '视频家访不通，电话联系家长',
  }
  await recordAudit(store, auditEntry(ctx, entry))
  return ok({ phone: contact.phone })
}
