// Holding a visit: check-in / check-out, who took part, lone-visit safety (the visit's teacher only).
import { z } from 'zod'
import { STAFF } from '../roles'
import { PRESENCES } from '../visit/hold.rules'
import { choice, id } from './fields'

export const SessionViewSchema = z.object({
  visitId: z.string(),
  checkInAt: z.string().nullable(),
  checkOutAt: z.string().nullable(),
  expectedEndAt: z.string(),
  safetyContactName: z.string().nullable(),
  participants: z
    .object({
      guardians: z.array(z.object({ guardianId: z.string(), presence: z.enum(PRESENCES) })),
      staffIds: z.array(z.string()),
    })
    .nullable(),
})
export type SessionView = z.infer<typeof SessionViewSchema>

const ParticipantsInput = z
  .object({
    guardians: z
      .array(z.object({ guardianId: id('家长'), presence: choice(PRESENCES, '家长在场还是远程') }).strict())
      .min(1, '请至少选择一位参加的家长')
      .max(20, '参加的家长太多了，请重新选择'),
    staffIds: z.array(id('老师')).min(1, '请至少选择一位参加的老师').max(20, '参加的老师太多了，请重新选择'),
  })
  .strict()

const visitOnly = z.object({ visitId: id('家访') }).strict()

export const holdActions = {
  session: {
    summary: '教师：一次家访的签到、签退和参加人员，准备还缺什么，可登记的老师（家访人和共同家访人）',
    input: visitOnly,
    output: z.object({
      session: SessionViewSchema.nullable(),
      /** What the prep pack still lacks (empty when complete): the check-in button says it instead. */
      prepMissing: z.array(z.string()),
      /** The visitor and co-visitors, for the participants form. */
      staff: z.array(z.object({ staffId: z.string(), name: z.string() })),
    }),
    roles: STAFF,
  },
  safetyContacts: {
    summary: '教师：签到时可选的安全联系人（本校在职同事，仅姓名）',
    input: visitOnly,
    output: z.object({ colleagues: z.array(z.object({ staffId: z.string(), name: z.string() })) }),
    roles: STAFF,
  },
  checkIn: {
    summary: '教师：开始家访（签到），可选一位同事作为安全联系人',
    input: z.object({ visitId: id('家访'), safetyContactId: id('安全联系人').optional() }).strict(),
    output: SessionViewSchema,
    roles: STAFF,
    write: true,
  },
  checkOut: {
    summary: '教师：结束家访（签退），登记参加的家长和老师',
    input: z.object({ visitId: id('家访'), participants: ParticipantsInput }).strict(),
    output: SessionViewSchema,
    roles: STAFF,
    write: true,
  },
  recordParticipants: {
    summary: '教师：电话或视频家访后登记参加的家长和老师（无需签到）',
    input: z.object({ visitId: id('家访'), participants: ParticipantsInput }).strict(),
    output: SessionViewSchema,
    roles: STAFF,
    write: true,
  },
  needHelp: {
    summary: '教师：家访中“我需要帮助”，立即通知安全联系人和学校联系人（只含家访时间和大致区域）',
    input: visitOnly,
    output: z.object({ notified: z.array(z.string()) }),
    roles: STAFF,
    write: true,
  },
} as const
