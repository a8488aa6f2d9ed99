// Ending a visit: check-out with who took part, participants of a visit held by phone or video
// (no check-in), and "我需要帮助" while checked in. Only the visit's teacher.
import type { Visit } from '../../../core/model/visit.schema'
import { writes } from '../../../core/ports/writes'
import { Errors, err, ok } from '../../../core/result'
import { canCheckIn, HOLD_MESSAGES, remoteSessionOf, type VisitSession } from '../../../core/visit/hold.rules'
import { safetyOps } from '../../notify/safety'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { checkParticipants, ownVisit, sameParticipants, sessionView } from './hold-session'
import { prepGate } from './prep-gate'

type R = RouteTable<'visits'>
const changed = () => Errors.conflict('这次家访刚刚有了变化，请刷新后再试')

export const checkOut: R['checkOut'] = async ({ visitId, participants }, ctx, { store }) => {
  const visit = await ownVisit(store, ctx.caller, visitId)
  if (!visit) return Errors.notFound('家访')
  const s = await repos(store).visit_sessions.get(visitId)
  if (!s?.checkInAt) return err('HOLD.NOT_CHECKED_IN', HOLD_MESSAGES.notCheckedIn)
  const checked = await checkParticipants(store, visit, participants)
  if (!checked.ok) return checked
  if (s.checkOutAt)
    return sameParticipants(s.participants, checked.data) ? ok(sessionView(s)) : err('HOLD.CHECKED_OUT', HOLD_MESSAGES.checkedOut)
  const at = ctx.now.toISOString()
  const set = { checkOutAt: at, participants: checked.data, watching: false, updatedAt: at }
  const result = await store.batch([writes.update('visit_sessions', s._id, set, s._v)])
  return result.ok ? ok(sessionView({ ...s, ...set })) : changed()
}

export const recordParticipants: R['recordParticipants'] = async ({ visitId, participants }, ctx, { store }) => {
  const r = repos(store)
  const visit = await ownVisit(store, ctx.caller, visitId)
  if (!visit) return Errors.notFound('家访')
  if (visit.status !== 'scheduled' || !visit.agreed) return err('HOLD.NOT_AGREED', HOLD_MESSAGES.notAgreed)
  const s = await r.visit_sessions.get(visitId)
  // A checked-in visit records who came at check-out.
  if (s?.checkInAt) return err('HOLD.IN_PERSON', HOLD_MESSAGES.inPersonUseCheckOut)
  if (canCheckIn(visit.agreed.option.format) && ctx.now < new Date(visit.agreed.option.startAt))
    return err('HOLD.TOO_EARLY', HOLD_MESSAGES.tooEarly(visit.agreed.option.startAt))
  const gate = await prepGate(store, visitId)
  if (!gate.ok) return gate
  const checked = await checkParticipants(store, visit, participants)
  if (!checked.ok) return checked
  const at = ctx.now.toISOString()
  if (s) {
    const set = { participants: checked.data, updatedAt: at }
    const result = await store.batch([writes.update('visit_sessions', s._id, set, s._v)])
    return result.ok ? ok(sessionView({ ...s, ...set })) : changed()
  }
  const fresh = remoteSession(visit, checked.data, at)
  const result = await store.batch([writes.insert('visit_sessions', fresh)])
  return result.ok ? ok(sessionView({ ...fresh, _v: 1 })) : changed()
}

const remoteSession = (visit: Visit, participants: VisitSession['participants'], at: string) => remoteSessionOf(visit, at, { participants })

export const needHelp: R['needHelp'] = async ({ visitId }, ctx, { store }) => {
  const visit = await ownVisit(store, ctx.caller, visitId)
  if (!visit) return Errors.notFound('家访')
  const s = await repos(store).visit_sessions.get(visitId)
  if (!s?.checkInAt) return err('HOLD.NOT_CHECKED_IN', HOLD_MESSAGES.notCheckedIn)
  if (s.checkOutAt) return err('HOLD.CHECKED_OUT', HOLD_MESSAGES.checkedOut)
  // One alert per person per minute: a second press within the minute is the same alert.
  const minute = ctx.now.toISOString().slice(0, 16).replace(/[-:T]/g, '')
  const { userIds, ops } = await safetyOps(store, 'help', visit, s, minute, ctx.now.toISOString())
  if (!userIds.length) return err('HOLD.NO_CONTACT', HOLD_MESSAGES.noOneToTell)
  // A duplicate insert means this minute's alert went out already.
  await store.batch(ops)
  return ok({ notified: userIds.map((u) => (u === s.safetyContact?.userId ? s.safetyContact.name : '学校联系人')) })
}
