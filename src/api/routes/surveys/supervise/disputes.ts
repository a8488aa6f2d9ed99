// The leaders' dispute queue, the teacher's side and the leader's decision (dispute.rules decides).
import { decideDispute, type Dispute, type DisputeActor, type DisputeCommand } from '../../../../core/survey/dispute.rules'
import { Errors, ok, type Result } from '../../../../core/result'
import type { DocStore } from '../../../../core/ports/doc-store'
import { refreshConfirmation } from '../../../surveys/confirmation'
import { repos } from '../../../repos'
import type { Ctx, RouteTable } from '../../../types'
import { disputeView, noBrief, visitBriefs } from './dispute-views'
import { supervisorOf } from './leader'

type R = RouteTable<'surveys'>
const SHOWN = 30

export const disputes: R['disputes'] = async (_input, ctx, { store }) => {
  const me = supervisorOf(ctx)
  if (!me) return Errors.notFound('异议')
  const { schoolId, staffId } = me
  const list = (state: Dispute['state'], dir: 'asc' | 'desc') =>
    repos(store).disputes.find({ where: { schoolId, state }, orderBy: [['raisedAt', dir]], limit: SHOWN })
  const [open, upheld, rejected, openCount] = await Promise.all([
    list('open', 'asc'),
    list('upheld', 'desc'),
    list('rejected', 'desc'),
    store.count('disputes', { schoolId, state: 'open' }),
  ])
  const decided = [...upheld, ...rejected].sort((a, b) => (a.raisedAt < b.raisedAt ? 1 : -1)).slice(0, SHOWN)
  const rows = [...open, ...decided]
  const briefs = await visitBriefs(
    store,
    rows.map((d) => d.visitId),
  )
  return ok({ open: openCount, disputes: rows.map((d) => disputeView(d, briefs.get(d.visitId), staffId)) })
}

/** The dispute as this caller may act on it: a leader of its school, or the visit's teacher; else missing. */
async function disputeFor(store: DocStore, ctx: Ctx, disputeId: string): Promise<{ d: Dispute; actor: DisputeActor } | null> {
  const staff = ctx.caller.staff
  const d = await repos(store).disputes.get(disputeId)
  if (!d || !staff || d.schoolId !== ctx.caller.schoolId) return null
  if (supervisorOf(ctx)) return { d, actor: { staffId: staff._id, as: 'leader' } }
  return d.teacherId === staff._id ? { d, actor: { staffId: staff._id, as: 'teacher' } } : null
}

export const myDispute: R['myDispute'] = async ({ disputeId }, ctx, { store }) => {
  const found = await disputeFor(store, ctx, disputeId)
  if (!found) return Errors.notFound('异议')
  const { d } = found
  const brief = (await visitBriefs(store, [d.visitId])).get(d.visitId)
  const heard = d.teacherSide && { text: d.teacherSide.text, at: d.teacherSide.at }
  return ok({ disputeId, visit: brief ?? noBrief, heard, open: d.state === 'open' })
}

async function decide(store: DocStore, ctx: Ctx, disputeId: string, cmd: DisputeCommand): Promise<Result<Dispute>> {
  const found = await disputeFor(store, ctx, disputeId)
  if (!found) return Errors.notFound('异议')
  const patch = decideDispute(found.d, cmd, found.actor, ctx.now)
  if (!patch.ok) return patch
  if (!(await store.update('disputes', disputeId, patch.data, found.d._v))) return Errors.conflict('这条异议刚刚有了变化，请刷新后重试')
  return ok({ ...found.d, ...patch.data })
}

export const hearTeacher: R['hearTeacher'] = async ({ disputeId, text }, ctx, { store }) => {
  const res = await decide(store, ctx, disputeId, { kind: 'hear_teacher', text })
  return res.ok ? ok({ heardAt: res.data.teacherSide!.at }) : res
}

export const resolveDispute: R['resolveDispute'] = async ({ disputeId, outcome, note }, ctx, { store }) => {
  if (!supervisorOf(ctx)) return Errors.notFound('异议')
  const res = await decide(store, ctx, disputeId, { kind: 'resolve', outcome, note })
  if (!res.ok) return res
  await refreshConfirmation(store, res.data.visitId)
  return ok({ state: res.data.state })
}
