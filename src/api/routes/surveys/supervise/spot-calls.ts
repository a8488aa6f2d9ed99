// The call list of a sample (phones masked), the one call a leader starts (its phones, audited), and
// the outcome (stored once per pick; a denial opens a dispute; 到位率 follows through the claim). A call
// still to make to a family whose children have all left is dropped: nobody to call.
import type { SpotCheckView, SpotPickView } from '../../../../core/contract/surveys-supervise.contract'
import { RELATION_LABELS, type Student } from '../../../../core/model/family.schema'
import { maskPhone } from '../../../../core/privacy/mask'
import { periodLabel } from '../../../../core/coverage/calendar'
import { Errors, ok } from '../../../../core/result'
import type { DocStore } from '../../../../core/ports/doc-store'
import { openDispute } from '../../../../core/survey/dispute.rules'
import { CALL_SCRIPT, spotCheckDisputeReason } from '../../../../core/survey/spot-check.outcome'
import {
  keepsPick,
  pickChildren,
  SAMPLE_REASON_LABELS,
  spotCallId,
  type SpotCall,
  type SpotCheck,
} from '../../../../core/survey/spot-check.record'
import { auditEntry } from '../../../audit'
import { recordAudit } from '../../../audit-writer'
import { refreshConfirmation } from '../../../surveys/confirmation'
import { contactId, repos } from '../../../repos'
import type { Ctx, RouteTable } from '../../../types'
import { openDisputeOps } from './dispute-views'
import { supervisorOf } from './leader'

type R = RouteTable<'surveys'>
type Phone = { name: string; relation: string; phone: string }

/** Guardians' phones per family, masked unless `full`. */
async function phonesOf(store: DocStore, familyIds: string[], full: boolean): Promise<Map<string, Phone[]>> {
  const r = repos(store)
  const guardians = familyIds.length ? await r.guardians.find({ where: { familyId: { in: familyIds } }, limit: 100 }) : []
  const contacts = guardians.length ? await r.contacts.getMany(guardians.map((g) => contactId(g._id))) : []
  const out = new Map<string, Phone[]>(familyIds.map((f) => [f, []]))
  for (const g of guardians) {
    const phone = contacts.find((c) => c._id === contactId(g._id))?.phone
    if (phone) out.get(g.familyId)?.push({ name: g.name, relation: RELATION_LABELS[g.relation], phone: full ? phone : maskPhone(phone) })
  }
  return out
}

async function sampleOf(store: DocStore, ctx: Ctx, spotCheckId?: string): Promise<SpotCheck | null> {
  const schoolId = supervisorOf(ctx)?.schoolId
  if (!schoolId) return null
  if (!spotCheckId)
    return (await repos(store).spot_checks.find({ where: { schoolId }, orderBy: [['drawnAt', 'desc']], limit: 1 }))[0] ?? null
  const s = await repos(store).spot_checks.get(spotCheckId)
  return s && s.schoolId === schoolId ? s : null
}

type SpotPick = SpotCheck['picks'][number]
type Kid = Pick<Student, 'familyId' | 'name' | 'leftAt'>

type Read = { calls: SpotCall[]; kids: Kid[]; classes: Array<{ _id: string; name: string }>; phones: Map<string, Phone[]> }

/** The call list: a pick not yet called whose children have all left is dropped (counted in `left`). */
function callList(s: SpotCheck, { calls, kids, classes, phones }: Read) {
  const views = s.picks.flatMap((p): SpotPickView[] => {
    const call = calls.find((c) => c.visitId === p.visitId)
    const children = kids.filter((k) => k.familyId === p.familyId)
    if (!keepsPick(children, call)) return []
    const view = {
      visitId: p.visitId,
      className: classes.find((c) => c._id === p.classId)?.name ?? '',
      children: pickChildren(children, call),
    }
    const reasons = p.reasons.map((x) => SAMPLE_REASON_LABELS[x])
    return [{ ...view, reasons, phones: phones.get(p.familyId) ?? [], started: !!call?.startedAt, outcome: call?.outcome ?? null }]
  })
  return { picks: views, left: s.picks.length - views.length }
}

export const spotCheck: R['spotCheck'] = async ({ spotCheckId }, ctx, { store }) => {
  if (!supervisorOf(ctx)) return Errors.notFound('抽查')
  const s = await sampleOf(store, ctx, spotCheckId)
  if (!s) return spotCheckId ? Errors.notFound('抽查') : ok({ check: null, script: [...CALL_SCRIPT] })
  const r = repos(store)
  const familyIds = s.picks.map((p) => p.familyId)
  const [calls, classes, kids, phones] = await Promise.all([
    r.spot_calls.find({ where: { spotCheckId: s._id }, limit: 100 }),
    r.classes.getMany([...new Set(s.picks.map((p) => p.classId))]),
    familyIds.length ? r.students.find({ where: { familyId: { in: familyIds } }, limit: 100 }) : [],
    phonesOf(store, familyIds, false),
  ])
  const head = { spotCheckId: s._id, seed: s.seed, periodLabel: periodLabel(s.periodId), requested: s.requested, drawnAt: s.drawnAt }
  const check: SpotCheckView = { ...head, ...callList(s, { calls, kids, classes, phones }) }
  return ok({ check, script: [...CALL_SCRIPT] })
}

/** The pick as the call list shows it: one dropped from the list (children all left, not called) is not there. */
async function pickOf(store: DocStore, ctx: Ctx, spotCheckId: string, visitId: string) {
  const s = await sampleOf(store, ctx, spotCheckId)
  const pick = s?.picks.find((p) => p.visitId === visitId)
  if (!s || !pick) return null
  const r = repos(store)
  const [children, call] = await Promise.all([
    r.students.find({ where: { familyId: pick.familyId }, limit: 100 }),
    r.spot_calls.get(spotCallId(s._id, visitId)),
  ])
  return keepsPick(children, call) ? { s, pick } : null
}

const newCall = (s: SpotCheck, pick: SpotPick, by: string): Omit<SpotCall, '_v'> => ({
  _id: spotCallId(s._id, pick.visitId),
  schoolId: s.schoolId,
  spotCheckId: s._id,
  visitId: pick.visitId,
  familyId: pick.familyId,
  startedAt: null,
  outcome: null,
  outcomeAt: null,
  by,
})

export const startSpotCall: R['startSpotCall'] = async ({ spotCheckId, visitId }, ctx, { store }) => {
  const found = await pickOf(store, ctx, spotCheckId, visitId)
  if (!found) return Errors.notFound('抽查')
  const { s, pick } = found
  const entry = { schoolId: s.schoolId, action: 'family.read_phone', targetType: 'family', targetId: pick.familyId, reason: '电话抽查' }
  // The read is on record before any number leaves.
  await recordAudit(store, auditEntry(ctx, entry))
  const call = newCall(s, pick, ctx.caller.user._id)
  const at = ctx.now.toISOString()
  if ((await store.insert('spot_calls', { ...call, startedAt: at })) === 'duplicate') {
    const known = await repos(store).spot_calls.get(call._id)
    if (known && !known.startedAt) await store.update('spot_calls', call._id, { startedAt: at }, known._v)
  }
  return ok({ phones: (await phonesOf(store, [pick.familyId], true)).get(pick.familyId) ?? [] })
}

export const recordSpotOutcome: R['recordSpotOutcome'] = async ({ spotCheckId, visitId, outcome }, ctx, { store }) => {
  const found = await pickOf(store, ctx, spotCheckId, visitId)
  if (!found) return Errors.notFound('抽查')
  const { s, pick } = found
  const at = ctx.now.toISOString()
  const call = { ...newCall(s, pick, ctx.caller.user._id), outcome, outcomeAt: at }
  if ((await store.insert('spot_calls', call)) === 'duplicate') {
    const known = (await repos(store).spot_calls.get(call._id))!
    const same = JSON.stringify(known.outcome) === JSON.stringify(outcome)
    if (!same && !(await store.update('spot_calls', call._id, { outcome, outcomeAt: at }, known._v))) return Errors.conflict()
  }
  const reason = spotCheckDisputeReason(outcome)
  let disputeId: string | null = null
  const visit = reason ? await repos(store).visits.get(visitId) : null
  if (reason && visit) {
    const opening = { schoolId: s.schoolId, visitId, familyId: pick.familyId, teacherId: visit.teacherId, source: 'spot_check' as const }
    const d = openDispute({ ...opening, reason, text: outcome.note, sourceId: call._id }, ctx.now)
    await store.batch(openDisputeOps(d, visit.teacherUserId)) // a duplicate: opened by an earlier try
    disputeId = d._id
  }
  await refreshConfirmation(store, visitId)
  return ok({ disputeId })
}
