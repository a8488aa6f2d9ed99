// Co-visitors: what a colleague's request to join a visit may do, and what the inbox tells. Texts name
// only the teachers (the inbox is the signed-in user's own), never the family or the child.
import type { JoinRequest, JoinState } from '../model/join.schema'
import type { Visit } from '../model/visit.schema'

export type JoinAnswer = { kind: 'same' } | { kind: 'changed'; message: string } | { kind: 'write'; state: Exclude<JoinState, 'pending'> }

/** Answering again with the same answer is a retry; changing it afterwards is refused. */
export function answerOf(request: Pick<JoinRequest, 'state'>, accept: boolean): JoinAnswer {
  const state = accept ? 'accepted' : 'declined'
  if (request.state === state) return { kind: 'same' }
  if (request.state !== 'pending')
    return { kind: 'changed', message: `您已经${request.state === 'accepted' ? '同意' : '不同意'}了这个申请，不能再更改` }
  return { kind: 'write', state }
}

/** A visit still open to a co-visitor: not cancelled, not over. */
export const isJoinable = (v: Pick<Visit, 'status'>) => v.status !== 'cancelled' && v.status !== 'completed'

export const isCoVisitor = (v: Pick<Visit, 'coVisitors'>, staffId: string) => v.coVisitors.some((c) => c.staffId === staffId)

const teacher = (name: string) => `${name}老师`

export const JOIN_TEXTS = {
  asked: (requester: string) => ({ title: '共同家访申请', body: `${teacher(requester)}申请与您一起家访，请打开家访页面同意或不同意。` }),
  accepted: (claimant: string) => ({ title: '共同家访申请已同意', body: `${teacher(claimant)}同意您一起家访，请打开查看时间。` }),
  declined: (claimant: string) => ({
    title: '共同家访申请未同意',
    body: `${teacher(claimant)}这次不需要共同家访，如有需要请直接联系该老师。`,
  }),
}

export const JOIN_MESSAGES = {
  notClaimed: '这个家庭本学期（学年）还没有老师安排家访，您可以直接发起家访',
  own: '这是您自己安排的家访，请在家访页面继续',
  already: '您已经是这次家访的共同家访人',
  declined: (claimant: string) => `${teacher(claimant)}已不同意这次申请，如有需要请直接联系该老师`,
  closed: '这次家访已取消或已完成，不能再加入共同家访人',
  coVisitor: (claimant: string) => `您是这次家访的共同家访人，时间由${teacher(claimant)}和家长商定`,
}
