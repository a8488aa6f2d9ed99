import type { Visit } from '../../../core/model/visit.schema'
import { PRIVACY_NOTICE } from '../../../core/privacy/notice'
import type { DocStore, WriteOp } from '../../../core/ports/doc-store'
import { Errors, err, ok, type Result } from '../../../core/result'
import type { VisitChange } from '../../../core/visit/messages'
import { decide, type Decision } from '../../../core/visit/negotiation'
import { staleMessage, type Reader } from '../../../core/visit/who-acted'
import { audienceOf, boundOnce } from '../../notify/audience'
import { coVisitorOps, notifyOps, type Recipient } from '../../notify/outbox'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { loadVisit } from './access'
import { slotOps } from './slot-locks'
import { followClaim } from './claim'
import { checkCalendar } from './calendar'
import { familyGuardians } from './family'
import { viewOf } from './view-of'
import { coVisitOps } from './co-visits'
import { JOIN_MESSAGES } from '../../../core/visit/join.rules'

type R = RouteTable<'visits'>

/** A group session's shared slots changed under us (another family joined or left): read again and retry. */
const SLOTS_MOVED = Symbol('slots moved')

export const respond: R['respond'] = async (input, ctx, deps) => {
  for (let attempt = 0; ; attempt++) {
    const result = await respondOnce(input, ctx, deps, attempt === 2)
    if (result !== SLOTS_MOVED) return result
  }
}

const respondOnce = async (...[{ visitId, version, command }, ctx, { store }, lastTry]: [...Parameters<R['respond']>, boolean]) => {
  // Who is bound to the children: asked by the side check, the audience and the parent's view alike.
  const bound = boundOnce(store)
  const loaded = await loadVisit(store, ctx.caller, visitId, bound)
  if (!loaded) return Errors.notFound('家访')
  const { visit, side } = loaded
  if (loaded.coVisitor) return err('VISIT.CO_VISITOR', JOIN_MESSAGES.coVisitor(visit.teacherName))
  const me: Reader = { side, userId: ctx.caller.user._id }
  if (visit._v !== version) return Errors.conflict(staleMessage(visit, me))
  const name = side === 'teacher' ? visit.teacherName : ctx.caller.user.name
  // A phone agreement names one of the family's registered guardians: decide checks the id against these.
  const guardians = command.kind === 'phone_agreement' ? await familyGuardians(store, visit.familyId) : []
  const decision = decide(visit, { ...me, name }, command, ctx.now, PRIVACY_NOTICE.version, guardians)
  if (!decision.ok) return decision
  const d = decision.data
  if (side === 'teacher' && d.patch.options?.length) {
    const calendar = await checkCalendar(store, visit.teacherId, d.patch.options, visit._id)
    if (!calendar.ok) return calendar
  }
  const notify = d.effects.notify ? await audienceOf(store, visit, me.userId, d.effects.notify.side, bound) : []
  const patched: Visit = { ...visit, ...d.patch, thread: [...visit.thread, d.entry], updatedAt: ctx.now.toISOString(), _v: visit._v + 1 }
  const claim = await followClaim(store, visit, patched)
  const next: Visit = { ...patched, periodId: claim.periodId }
  const slots = await slotOps(store, visit, d.effects.takeSlots, d.effects.releaseSlots)
  const told = new Set([me.userId, ...notify.map((n) => n.userId)])
  const ops = [...writeOps(visit, next, d, notify, ctx.now, slots), ...coVisitorOps(next, changeOf(visit, next, d), told, ctx.now)]
  const result = await store.batch([...ops, ...claim.ops])
  // Two families joining one group session at once: the loser reads the session's lock again.
  const group = d.effects.takeSlots?.format === 'group' || d.effects.releaseSlots?.format === 'group'
  if (!result.ok && group && !lastTry && result.index >= 1 && result.index <= slots.length) return SLOTS_MOVED
  if (!result.ok && result.reason === 'duplicate' && result.index >= ops.length)
    return err('VISIT.FAMILY_CLAIMED', '这个家庭在新时间所在的学期（学年）已有家访安排，请选择本学期内的时间')
  if (!result.ok && result.reason === 'duplicate') return err('VISIT.SLOT_TAKEN', '这个时间老师已有其他家访安排，请选择其他时间')
  if (!result.ok) return lostRace(store, visit, me)
  return ok(await viewOf(store, ctx.caller, next, side, ctx.now, bound))
}

/** Someone answered between our read and our write: tell the caller who, from the visit as it is now. */
async function lostRace(store: DocStore, visit: Visit, me: Reader): Promise<Result<never>> {
  const now = await repos(store).visits.get(visit._id)
  return Errors.conflict(staleMessage(now ?? visit, me))
}

/** The visit (compare-and-set), its calendar slots, the family claim and the notifications: one batch. */
function writeOps(visit: Visit, next: Visit, d: Decision, notify: Recipient[], now: Date, slots: WriteOp[]): WriteOp[] {
  const ops: WriteOp[] = [{ kind: 'update', coll: 'visits', id: visit._id, set: changedOf(visit, next), expectVersion: visit._v }, ...slots]
  if (d.effects.notify) ops.push(...notifyOps(next, { event: d.effects.notify.event, ...changeOf(visit, next, d) }, notify, now))
  return [...ops, ...coVisitOps(visit, next)]
}

/**
 * The fields `next` changed (it is `visit` spread with new values): under the compare-and-set the rest
 * is stored as it is, and SQLite then rewrites a few fields instead of every field of the document.
 */
function changedOf(visit: Visit, next: Visit): Record<string, unknown> {
  const set: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(next)) if (k !== '_id' && k !== '_v' && v !== visit[k as keyof Visit]) set[k] = v
  return set
}

const changeOf = (visit: Visit, next: Visit, d: Decision): VisitChange => ({
  entry: d.entry,
  before: visit.agreed?.option ?? null,
  agreed: next.agreed?.option ?? null,
})
