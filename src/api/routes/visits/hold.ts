// Holding a visit: the session as it stands, safety contacts to choose from, and check-in (policy
// §四(三): only once the prep pack is complete). Only the visit's teacher checks in.
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'
import { Errors, err, ok, type Result } from '../../../core/result'
import { canCheckIn, checkInWindow, HOLD_MESSAGES, type VisitSession } from '../../../core/visit/hold.rules'
import { repos } from '../../repos'
import type { Caller, RouteTable } from '../../types'
import { loadVisit } from './access'
import { ownVisit, sessionView } from './hold-session'
import { prepGate } from './prep-gate'

type R = RouteTable<'visits'>

export const session: R['session'] = async ({ visitId }, ctx, { store }) => {
  // The teacher side (the visit's teacher and co-visitors) sees how the visit is being held.
  const seen = await loadVisit(store, ctx.caller, visitId)
  if (!seen || seen.side !== 'teacher') return Errors.notFound('家访')
  const { visit } = seen
  const [s, gate] = await Promise.all([repos(store).visit_sessions.get(visitId), prepGate(store, visitId)])
  const prepMissing = gate.ok ? [] : ((gate.error.details as { missing?: string[] } | undefined)?.missing ?? [gate.error.message])
  const staff = [
    { staffId: visit.teacherId, name: visit.teacherName },
    ...visit.coVisitors.map((c) => ({ staffId: c.staffId, name: c.name })),
  ]
  return ok({ session: s ? sessionView(s) : null, prepMissing, staff })
}

export const safetyContacts: R['safetyContacts'] = async ({ visitId }, ctx, { store }) => {
  const visit = await ownVisit(store, ctx.caller, visitId)
  if (!visit) return Errors.notFound('家访')
  // At most three pages (300 colleagues): a bounded number of reads however big the school.
  const staff = []
  for (let skip = 0; skip < 300; skip += 100) {
    const page = await repos(store).staff.find({
      where: { schoolId: visit.schoolId, status: 'active' },
      orderBy: [['name', 'asc']],
      limit: 100,
      skip,
    })
    staff.push(...page)
    if (page.length < 100) break
  }
  const colleagues = staff.filter((s) => s._id !== visit.teacherId && s.userId).map((s) => ({ staffId: s._id, name: s.name }))
  return ok({ colleagues })
}

export const checkIn: R['checkIn'] = async ({ visitId, safetyContactId }, ctx, { store }) => {
  const r = repos(store)
  const visit = await ownVisit(store, ctx.caller, visitId)
  if (!visit) return Errors.notFound('家访')
  const known = await r.visit_sessions.get(visitId)
  if (known?.checkInAt) return ok(sessionView(known))
  if (known) return err('HOLD.HELD_REMOTELY', HOLD_MESSAGES.heldRemotely)
  const open = await canOpen(store, visit, ctx.now)
  if (!open.ok) return open
  const contact = safetyContactId ? await contactOf(store, ctx.caller, visit, safetyContactId) : ok(null)
  if (!contact.ok) return contact
  const at = ctx.now.toISOString()
  const agreed = visit.agreed!.option
  const fresh: Omit<VisitSession, '_v'> = {
    _id: visitId,
    visitId,
    schoolId: visit.schoolId,
    teacherUserId: visit.teacherUserId,
    checkInAt: at,
    checkOutAt: null,
    expectedEndAt: agreed.endAt,
    agreedStartAt: agreed.startAt,
    safetyContact: contact.data,
    watching: contact.data !== null,
    alertedAt: null,
    participants: null,
    updatedAt: at,
  }
  const result = await store.batch([writes.insert('visit_sessions', fresh)])
  if (!result.ok) {
    // A double tap that lost the race: the check-in exists, which is what was asked for.
    const now = await r.visit_sessions.get(visitId)
    return now?.checkInAt ? ok(sessionView(now)) : Errors.conflict('请稍后重试')
  }
  return ok(sessionView({ ...fresh, _v: 1 }))
}

/** Agreed, held in person, within its time window, and prepared. */
async function canOpen(store: DocStore, visit: Visit, now: Date): Promise<Result<true>> {
  if (visit.status !== 'scheduled' || !visit.agreed) return err('HOLD.NOT_AGREED', HOLD_MESSAGES.notAgreed)
  const option = visit.agreed.option
  if (!canCheckIn(option.format)) return err('HOLD.VIDEO', HOLD_MESSAGES.video)
  const window = checkInWindow(option.startAt, now)
  if (window === 'early') return err('HOLD.TOO_EARLY', HOLD_MESSAGES.tooEarly(option.startAt))
  if (window === 'over') return err('HOLD.DAY_OVER', HOLD_MESSAGES.dayOver)
  return prepGate(store, visit._id)
}

/** An active colleague of the same school who can sign in, not the caller. */
async function contactOf(store: DocStore, caller: Caller, visit: Visit, staffId: string) {
  if (staffId === caller.staff?._id) return err('HOLD.BAD_CONTACT', HOLD_MESSAGES.contactSelf)
  const s = await repos(store).staff.get(staffId)
  if (!s || s.schoolId !== visit.schoolId || s.status !== 'active' || !s.userId)
    return err('HOLD.BAD_CONTACT', HOLD_MESSAGES.contactUnknown)
  return ok({ staffId: s._id, userId: s.userId, name: s.name })
}
