// Co-visitors: a colleague who also answers for the family asks to join the visit; its teacher answers.
import { z } from 'zod'
import { JOIN_STATES } from '../model/join.schema'
import { STAFF } from '../roles'
import { flag, id } from './fields'

const JoinOutSchema = z.object({ requestId: z.string(), visitId: z.string(), state: z.enum(JOIN_STATES), claimantName: z.string() })

/** A pending request as the visit's teacher sees it on the visit page. */
export const JoinRequestViewSchema = z.object({ requestId: z.string(), staffName: z.string() })

export const joinActions = {
  requestJoin: {
    summary: '教师：申请作为共同家访人，参加其他老师已安排的家访',
    input: z.object({ studentId: id('学生') }).strict(),
    output: JoinOutSchema,
    roles: STAFF,
    write: true,
  },
  answerJoin: {
    summary: '教师：同意或不同意同事一起家访的申请（只有安排这次家访的老师）',
    input: z.object({ requestId: id('申请'), accept: flag('是否同意') }).strict(),
    output: JoinOutSchema,
    roles: STAFF,
    write: true,
  },
} as const
