// The asked colleague's side: their requests (newest first) and the open count for the home, and the answer
// (a line or two; answering again replaces it, with its time), which the visit's teacher sees in the pack.
import type { MyPrepRequest } from '../../../core/contract/visits-prep.contract'
import type { PrepRequest } from '../../../core/model/prep-request.schema'
import { writes } from '../../../core/ports/writes'
import { pageLink } from '../../../core/pages'
import { Errors, ok } from '../../../core/result'
import { PREP_TEXTS } from '../../../core/visit/prep-texts'
import { inboxDoc } from '../../notify/outbox'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'

type R = RouteTable<'visits'>

const LIST = 30

const mine = (q: PrepRequest): MyPrepRequest => ({
  requestId: q._id,
  askedByName: q.askedByName,
  studentNames: q.studentNames,
  startAt: q.startAt,
  why: q.why,
  state: q.state,
  text: q.text,
  answeredAt: q.answeredAt,
})

export const myPrepRequests: R['myPrepRequests'] = async (_input, ctx, { store }) => {
  const staff = ctx.caller.staff
  if (!staff) return ok({ requests: [], open: 0 })
  const [rows, open] = await Promise.all([
    repos(store).prep_requests.find({ where: { staffId: staff._id }, orderBy: [['at', 'desc']], limit: LIST }),
    store.count('prep_requests', { staffId: staff._id, state: 'open' }),
  ])
  // Open ones first: they are what the colleague came for.
  const requests = [...rows.filter((q) => q.state === 'open'), ...rows.filter((q) => q.state !== 'open')]
  return ok({ requests: requests.map(mine), open })
}

export const answerPrepRequest: R['answerPrepRequest'] = async ({ requestId, text }, ctx, { store }) => {
  const staff = ctx.caller.staff
  const request = await repos(store).prep_requests.get(requestId)
  // Only the asked colleague answers; to anyone else the request is not there.
  if (!staff || !request || request.staffId !== staff._id) return Errors.notFound('请求')
  if (request.text === text) return ok(mine(request))
  const at = ctx.now.toISOString()
  const visit = await repos(store).visits.get(request.visitId)
  const answered = writes.update('prep_requests', request._id, { state: 'answered', text, answeredAt: at }, request._v)
  const told = visit
    ? [
        writes.insert('inbox', {
          ...inboxDoc(`inb-${request._id}-${at}`, visit.teacherUserId, visit._id, PREP_TEXTS.answered(staff.name), at),
          page: pageLink('visitPrep', { id: visit._id }),
        }),
      ]
    : []
  const result = await store.batch([answered, ...told])
  if (!result.ok) return Errors.conflict('这条请求刚刚有了变化，请刷新后再回复')
  return ok(mine({ ...request, state: 'answered', text, answeredAt: at }))
}
