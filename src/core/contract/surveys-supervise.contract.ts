// Supervision: disputes and random phone spot-checks (leaders).
import { z } from 'zod'
import { DISPUTE_REASONS, DISPUTE_STATES } from '../survey/dispute.rules'
import { SATISFACTION, TOOK_PLACE } from '../survey/questionnaire.schema'
import { SeedSchema } from '../survey/spot-check'
import { SpotCheckOutcomeSchema } from '../survey/spot-check.outcome'
import { defineFunction } from './contract'
import { choice, id, text, whole } from './fields'

const VisitBriefSchema = z.object({
  startAt: z.string().nullable(),
  format: z.string(),
  teacherName: z.string(),
  /** The visit's children; a past visit is history, so a child who left is named with （已离校）. */
  children: z.string(),
})
const NoteSchema = z.object({ text: z.string(), at: z.string() })
export const DisputeViewSchema = z.object({
  disputeId: z.string(),
  state: z.enum(DISPUTE_STATES),
  stateLabel: z.string(),
  reasonLabel: z.string(),
  sourceLabel: z.string(),
  reason: z.enum(DISPUTE_REASONS),
  /** The parent's words (leaders only). */
  text: z.string(),
  raisedAt: z.string(),
  visit: VisitBriefSchema,
  teacherSide: NoteSchema.nullable(),
  resolution: NoteSchema.extend({ outcome: z.enum(['upheld', 'rejected']) }).nullable(),
  actions: z.array(z.enum(['hear_teacher', 'resolve'])),
})
export type DisputeView = z.infer<typeof DisputeViewSchema>

export const SpotPickViewSchema = z.object({
  visitId: z.string(),
  className: z.string(),
  /** Still to call: the children on roll; a call begun is history (a child who left marked （已离校）). */
  children: z.string(),
  reasons: z.array(z.string()),
  /** Masked until the leader starts this call. */
  phones: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string() })),
  started: z.boolean(),
  outcome: SpotCheckOutcomeSchema.nullable(),
})
export type SpotPickView = z.infer<typeof SpotPickViewSchema>
const SpotCheckViewSchema = z.object({
  spotCheckId: z.string(),
  seed: z.number().int(),
  periodLabel: z.string(),
  requested: z.number().int(),
  drawnAt: z.string(),
  picks: z.array(SpotPickViewSchema),
  /** Picks not yet called whose children have all left since the draw: dropped, nobody to call. */
  left: z.number().int(),
})
export type SpotCheckView = z.infer<typeof SpotCheckViewSchema>

/**
 * Leaders (LEADER) of the visit's school, and for a dispute also the visit's teacher: checked by the
 * routes, so anyone else — a teacher, a parent, another school — is answered as if nothing were there.
 */
const WHO = 'signed-in' as const
const disputeRef = { disputeId: id('异议', 200) }
const pickRef = { spotCheckId: id('抽查', 200), visitId: id('家访', 200) }

export const superviseActions = defineFunction({
  disputes: {
    summary: '学校领导：有异议的家访（待处理的在前）',
    input: z.object({}).strict(),
    output: z.object({ open: z.number().int(), disputes: z.array(DisputeViewSchema) }),
    roles: WHO,
  },
  myDispute: {
    summary: '家访老师：一条需要说明情况的家访（不含家长的原话）',
    input: z.object(disputeRef).strict(),
    output: z.object({ disputeId: z.string(), visit: VisitBriefSchema, heard: NoteSchema.nullable(), open: z.boolean() }),
    roles: WHO,
  },
  hearTeacher: {
    summary: '家访老师说明情况（或学校领导记录老师的说明）',
    input: z.object({ ...disputeRef, text: text(500, '情况说明').min(2, '请写下情况说明') }).strict(),
    output: z.object({ heardAt: z.string() }),
    roles: WHO,
    write: true,
  },
  resolveDispute: {
    summary: '学校领导：听取老师说明后处理异议',
    input: z.object({ ...disputeRef, outcome: choice(['upheld', 'rejected'], '处理结果'), note: text(500, '处理说明') }).strict(),
    output: z.object({ state: z.enum(DISPUTE_STATES) }),
    roles: WHO,
    write: true,
  },
  drawSpotCheck: {
    summary: '学校领导：按学期或学年随机抽取已完成的家访电话抽查（可用同一种子重抽）',
    input: z
      .object({ period: choice(['semester', 'year'], '抽查范围'), size: whole('抽查户数', 1, 30), seed: SeedSchema.optional() })
      .strict(),
    output: z.object({ spotCheckId: z.string(), picks: z.number().int() }),
    roles: WHO,
    write: true,
  },
  spotCheck: {
    summary: '学校领导：抽查的通话名单（电话在开始通话时才显示）',
    input: z.object({ spotCheckId: id('抽查', 200).optional() }).strict(),
    output: z.object({ check: SpotCheckViewSchema.nullable(), script: z.array(z.string()) }),
    roles: WHO,
  },
  startSpotCall: {
    summary: '学校领导：开始一通抽查电话，显示这一户的电话（记入查阅记录）',
    input: z.object(pickRef).strict(),
    output: z.object({ phones: SpotPickViewSchema.shape.phones }),
    roles: WHO,
  },
  recordSpotOutcome: {
    summary: '学校领导：记录抽查电话的结果（家长说不属实时转为异议）',
    input: z.object({ ...pickRef, outcome: SpotCheckOutcomeSchema }).strict(),
    output: z.object({ disputeId: z.string().nullable() }),
    roles: WHO,
    write: true,
  },
  surveyAnswers: {
    summary: '学校领导：一个班或一次家访的问卷答复（督导用）',
    input: z
      .object({ classId: id('班级').optional(), visitId: id('家访', 200).optional() })
      .strict()
      .refine((i) => !!i.classId !== !!i.visitId, { message: '请选择一个班级或一次家访' }),
    output: z.object({
      answers: z.array(
        z.object({
          answerId: z.string(),
          satisfaction: z.enum(SATISFACTION).nullable(),
          tookPlace: z.enum(TOOK_PLACE).nullable(),
          offered: z.boolean().nullable(),
          version: z.string(),
        }),
      ),
    }),
    roles: WHO,
  },
})
