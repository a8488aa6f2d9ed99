// Co-visitors: a colleague who also answers for the family asks to join the visit that holds the family's
// claim; the visit's teacher accepts (claim, visit, request and the colleague's agenda in one batch) or declines.
import { periodOfVisit } from '../../../core/coverage/calendar'
import { coVisitId, joinRequestId, type JoinRequest } from '../../../core/model/join.schema'
import type { Visit } from '../../../core/model/visit.schema'
import type { DocStore, WriteOp } from '../../../core/ports/doc-store'
import { writes } from '../../../core/ports/writes'
import { Errors, err, ok } from '../../../core/result'
import { answerOf, isJoinable, JOIN_MESSAGES, JOIN_TEXTS } from '../../../core/visit/join.rules'
import { responsibilityFor } from '../../../core/visit/responsibility.rules'
import { pageLink } from '../../../core/pages'
import { calendarOf } from '../../coverage/calendar'
import { inboxDoc } from '../../notify/outbox'
import { canSeeStudent } from '../../policy'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { claimId } from './access'
import { claimsAround } from './propose-extras'

type R = RouteTable<'visits'>

const out = (j: JoinRequest, claimantName: string) => ({ requestId: j._id, visitId: j.visitId, state: j.state, claimantName })

export const requestJoin: R['requestJoin'] = async ({ studentId }, ctx, { store }) => {
  const r = repos(store)
  const staff = ctx.caller.staff
  const student = await r.students.get(studentId)
  if (!staff || !student || !canSeeStudent(ctx.caller, student)) return Errors.notFound('学生')
  const [siblings, sensitive, calendar] = await Promise.all([
    r.students.find({ where: { familyId: student.familyId }, limit: 20 }),
    r.sensitive.get(student.familyId),
    calendarOf(store, student.schoolId),
  ])
  // Only staff who answer for the family may join its visit; to anyone else the child is not there.
  if (responsibilityFor(staff, siblings) === null) return Errors.notFound('学生')
  // The claim of the period a visit now would count for, else the other one (semester or school year).
  const special = (sensitive?.categories.length ?? 0) > 0
  const first = claimId(student.familyId, periodOfVisit(calendar, special, ctx.now).id)
  const held = await claimsAround(store, student.familyId, calendar, ctx.now)
  const claim = held.find((c) => c._id === first) ?? held[0]
  if (!claim) return err('VISIT.NOT_CLAIMED', JOIN_MESSAGES.notClaimed)
  if (claim.teacherId === staff._id) return err('VISIT.ALREADY_PROPOSED', JOIN_MESSAGES.own, { visitId: claim.visitId })
  if (claim.coVisitorIds.includes(staff._id)) return err('VISIT.ALREADY_JOINED', JOIN_MESSAGES.already, { visitId: claim.visitId })
  const id = joinRequestId(claim.visitId, staff._id)
  const [visit, known] = await Promise.all([r.visits.get(claim.visitId), r.join_requests.get(id)])
  if (!visit || !isJoinable(visit)) return err('VISIT.CANCELLED', JOIN_MESSAGES.closed)
  if (known?.state === 'declined') return err('VISIT.JOIN_DECLINED', JOIN_MESSAGES.declined(visit.teacherName))
  if (known) return ok(out(known, visit.teacherName))
  const at = ctx.now.toISOString()
  const request: Omit<JoinRequest, '_v'> = {
    _id: id,
    schoolId: visit.schoolId,
    visitId: visit._id,
    familyId: visit.familyId,
    staffId: staff._id,
    userId: ctx.caller.user._id,
    staffName: staff.name,
    claimantId: visit.teacherId,
    state: 'pending',
    at,
    answeredAt: null,
  }
  const asked = inboxDoc(`inb-${id}`, visit.teacherUserId, visit._id, JOIN_TEXTS.asked(staff.name), at)
  const result = await store.batch([writes.insert('join_requests', request), writes.insert('inbox', asked)])
  // A double tap that lost the race: the request exists, which is what was asked for.
  if (!result.ok) {
    const now = await r.join_requests.get(id)
    return now ? ok(out(now, visit.teacherName)) : Errors.conflict('请稍后重试')
  }
  return ok(out({ ...request, _v: 1 }, visit.teacherName))
}

export const answerJoin: R['answerJoin'] = async ({ requestId, accept }, ctx, { store }) => {
  const r = repos(store)
  const staff = ctx.caller.staff
  const request = await r.join_requests.get(requestId)
  // Only the visit's teacher answers; to anyone else the request is not there.
  if (!staff || !request || request.claimantId !== staff._id) return Errors.notFound('申请')
  const answer = answerOf(request, accept)
  if (answer.kind === 'same') return ok(out(request, staff.name))
  if (answer.kind === 'changed') return Errors.conflict(answer.message)
  const visit = await r.visits.get(request.visitId)
  if (!visit || visit.teacherId !== staff._id) return Errors.notFound('申请')
  if (answer.state === 'accepted' && !isJoinable(visit)) return err('VISIT.CANCELLED', JOIN_MESSAGES.closed)
  const at = ctx.now.toISOString()
  const answered = writes.update('join_requests', request._id, { state: answer.state, answeredAt: at }, request._v)
  const joined = answer.state === 'accepted' ? await joinOps(store, visit, request, at) : []
  if (!joined) return Errors.conflict('这次家访刚刚有了变化，请刷新后再试')
  const text = answer.state === 'accepted' ? JOIN_TEXTS.accepted(staff.name) : JOIN_TEXTS.declined(staff.name)
  const told = inboxDoc(`inb-${request._id}-${answer.state}`, request.userId, visit._id, text, at)
  // A declined colleague cannot open the visit: their item opens the inbox instead.
  const item = answer.state === 'accepted' ? told : { ...told, page: pageLink('visitInbox') }
  const result = await store.batch([answered, ...joined, writes.insert('inbox', item)])
  if (!result.ok) return Errors.conflict('这次家访刚刚有了变化，请刷新后再试')
  return ok(out({ ...request, state: answer.state }, staff.name))
}

/** The claim and the visit gain the co-visitor (compare-and-set on both), and the colleague's agenda the visit. */
async function joinOps(store: DocStore, visit: Visit, request: JoinRequest, at: string): Promise<WriteOp[] | null> {
  const claim = await repos(store).familyClaims.get(claimId(visit.familyId, visit.periodId))
  if (!claim || claim.visitId !== visit._id) return null
  const co = { staffId: request.staffId, userId: request.userId, name: request.staffName }
  const others = visit.coVisitors.filter((c) => c.staffId !== co.staffId)
  return [
    writes.update('visits', visit._id, { coVisitors: [...others, co], updatedAt: at }, visit._v),
    writes.update('claims', claim._id, { coVisitorIds: [...new Set([...claim.coVisitorIds, co.staffId])] }, claim._v),
    writes.insert('co_visits', {
      _id: coVisitId(visit._id, co.staffId),
      staffId: co.staffId,
      visitId: visit._id,
      startAt: visit.startAt,
      at,
    }),
  ]
}
