// The visits function's actions for availability-aware proposals: a parent's free windows, suggested
// times for several families, and one proposal per family in one go (spread into visitsContract).
import { z } from 'zod'
import { FreeWindowSchema } from '../model/availability.schema'
import { VisitFormatSchema } from '../model/visit.schema'
import { STAFF } from '../roles'
import { FormatListSchema, FreeWindowListSchema } from '../visit/availability.rules'
import { OptionInputSchema, OptionListSchema } from '../visit/options.rules'
import { id, text, version } from './fields'

export const MAX_BULK = 20
const manyOf = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).min(1, `请至少选一个${what}`).max(MAX_BULK, `一次最多${MAX_BULK}个${what}`)

export const AvailabilityViewSchema = z.object({
  windows: z.array(FreeWindowSchema),
  formats: z.array(VisitFormatSchema),
  version: z.number().int(),
  updatedAt: z.string(),
})
export type AvailabilityView = z.infer<typeof AvailabilityViewSchema>

const Refused = z.object({ studentId: z.string(), ok: z.literal(false), code: z.string(), message: z.string() })

export const SuggestionSchema = z.discriminatedUnion('ok', [
  z.object({
    studentId: z.string(),
    ok: z.literal(true),
    studentName: z.string(),
    /** The family's windows and formats in words ("家长方便：工作日晚上19:00后；视频"). */
    availability: z.string(),
    /** Someone on WeChat is bound to one of the children: the proposal reaches the family. */
    reachable: z.boolean(),
    /** Already claimed for this period: by whom, and whether by the caller. No times are suggested then. */
    claim: z.object({ by: z.string(), mine: z.boolean() }).nullable(),
    options: z.array(OptionInputSchema),
  }),
  Refused,
])
export type Suggestion = z.infer<typeof SuggestionSchema>

export const ProposeOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ studentId: z.string(), ok: z.literal(true), visitId: z.string() }),
  Refused,
])
export type ProposeOutcome = z.infer<typeof ProposeOutcomeSchema>

const topic = () => text(200, '家访内容').min(1, '请写一句想和家长聊什么')

export const bulkActions = {
  myAvailability: {
    summary: '家长：我方便家访的时间和形式（只有自己的；没填过为空）',
    input: z.object({}).strict(),
    output: z.object({ availability: AvailabilityViewSchema.nullable() }),
    roles: 'signed-in',
  },
  setAvailability: {
    summary: '家长（已绑定或等待审核）：告诉老师方便家访的时间段和形式（version 为空表示第一次填写）',
    input: z.object({ windows: FreeWindowListSchema, formats: FormatListSchema, version: version().nullable() }).strict(),
    output: z.object({ availability: AvailabilityViewSchema }),
    // Parents, and applicants whose binding awaits approval (asked right after binding): checked in the route.
    roles: 'signed-in',
    write: true,
  },
  suggest: {
    summary: '教师：为几个家庭建议家访时间（合家长方便的时间、避开自己的日程、互不重叠）',
    input: z.object({ studentIds: manyOf(id('学生'), '学生') }).strict(),
    output: z.object({ suggestions: z.array(SuggestionSchema) }),
    roles: STAFF,
  },
  proposeMany: {
    summary: '教师：一次向多个家庭发起家访，每个家庭单独成功或失败',
    input: z
      .object({
        items: manyOf(z.object({ studentId: id('学生'), options: OptionListSchema, topic: topic() }).strict(), '家庭'),
      })
      .strict(),
    output: z.object({ results: z.array(ProposeOutcomeSchema) }),
    roles: STAFF,
    write: true,
  },
} as const
