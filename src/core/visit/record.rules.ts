// The visit record (policy §三: what a visit covers; §二(一) positive; §二(四) integrity). Structured so a
// teacher fills it on a phone in minutes: a choice plus a short text per topic, feedback across 德智体美劳
// starting from a strength, agreed strategies, and a summary the parent sees, kept apart from internal notes.
import { z } from 'zod'
import { flag, localDate, text } from '../contract/fields'
import { TICKET_ROUTES, type TicketRoute } from '../survey/ticket.rules'
import { DOMAINS, OUTLINE_KINDS } from './prep.rules'

const options = <const T extends readonly [string, ...string[]]>(values: T, labels: Record<T[number], string>) => ({ values, labels })

/** The §三 topics: a short list to pick from, then a line of text. */
export const TOPICS = {
  guardian: options(['parents', 'one_parent', 'grandparents', 'relatives', 'other'], {
    parents: '父母共同照顾',
    one_parent: '父亲或母亲一方照顾',
    grandparents: '祖辈照顾',
    relatives: '其他亲属照顾',
    other: '其他',
  }),
  environment: options(['good', 'ordinary', 'needs_support'], {
    good: '学习环境良好',
    ordinary: '学习环境一般',
    needs_support: '需要帮助改善',
  }),
  expectations: options(['all_round', 'study', 'health', 'unsure'], {
    all_round: '希望全面发展',
    study: '更看重学业',
    health: '更看重身心健康',
    unsure: '还不太明确',
  }),
  homeBehaviour: options(['good', 'ordinary', 'attention'], { good: '表现良好', ordinary: '表现一般', attention: '需要多关注' }),
  studyHabits: options(['good', 'ordinary', 'attention'], { good: '习惯良好', ordinary: '习惯一般', attention: '需要培养' }),
  livingHabits: options(['good', 'ordinary', 'attention'], { good: '习惯良好', ordinary: '习惯一般', attention: '需要培养' }),
} as const
export type TopicKey = keyof typeof TOPICS
export const TOPIC_KEYS = Object.keys(TOPICS) as TopicKey[]
export const TOPIC_LABELS: Record<TopicKey, string> = {
  guardian: '监护情况',
  environment: '家庭环境',
  expectations: '家长的期待',
  homeBehaviour: '在家表现',
  studyHabits: '学习习惯',
  livingHabits: '生活习惯',
}

export const GUIDANCE_TOPICS = ['companionship', 'habits', 'emotions', 'reading', 'screen_time', 'safety'] as const
export const GUIDANCE_LABELS: Record<(typeof GUIDANCE_TOPICS)[number], string> = {
  companionship: '高质量陪伴',
  habits: '习惯养成',
  emotions: '情绪与心理',
  reading: '亲子阅读',
  screen_time: '合理使用手机',
  safety: '安全教育',
}

export const LIMITS = { topic: 200, feedback: 20, strategy: 100, strategies: 10, opinion: 200, opinions: 10, summary: 300, notes: 500 }
export const PLAN_DAYS = 120

const topic = (key: TopicKey) =>
  z
    .object({
      choice: z.enum(TOPICS[key].values, { error: () => `请选择${TOPIC_LABELS[key]}` }),
      text: text(200, TOPIC_LABELS[key]).default(''),
    })
    .strict()

export const FeedbackItemSchema = z
  .object({
    domain: z.enum(DOMAINS, { error: () => '请选择德智体美劳中的一项' }),
    kind: z.enum(OUTLINE_KINDS, { error: () => '请选择闪光点或可以一起努力的地方' }),
    text: text(200, '反馈内容').min(1, '请填写反馈内容'),
  })
  .strict()

export const FollowUpInputSchema = z.object({ date: localDate('跟进日期'), text: text(100, '跟进内容').min(1, '请填写跟进内容') }).strict()
export const PlanSchema = z
  .object({
    goals: z.array(text(100, '共育目标').min(1, '请填写共育目标')).min(1, '请至少写一个共育目标').max(5, '共育目标最多5个'),
    followUps: z.array(FollowUpInputSchema).max(10, '跟进安排最多10条'),
  })
  .strict()

const fields = {
  guardian: topic('guardian'),
  environment: topic('environment'),
  expectations: topic('expectations'),
  homeBehaviour: topic('homeBehaviour'),
  studyHabits: topic('studyHabits'),
  livingHabits: topic('livingHabits'),
  feedback: z.array(FeedbackItemSchema).max(LIMITS.feedback, `反馈最多${LIMITS.feedback}条`),
  strategies: z.array(text(100, '共育策略').min(1, '请填写共育策略')).max(LIMITS.strategies, `共育策略最多${LIMITS.strategies}条`),
  guidance: z
    .object({
      topics: z.array(z.enum(GUIDANCE_TOPICS, { error: () => '请选择家庭教育指导的内容' })).max(GUIDANCE_TOPICS.length),
      text: text(200, '家庭教育指导').default(''),
    })
    .strict(),
  school: z.object({ given: flag('是否介绍了学校情况'), text: text(200, '学校情况介绍').default('') }).strict(),
  opinions: z.array(text(200, '家长意见').min(1, '请填写家长意见')).max(LIMITS.opinions, `家长意见最多${LIMITS.opinions}条`),
  /** Who answers opinion i (班主任 or 学校); missing (records before the choice existed) means the class. */
  opinionRoutes: z
    .array(z.enum(TICKET_ROUTES, { error: () => '请选择意见转给班主任还是学校' }))
    .max(LIMITS.opinions)
    .default([]),
  plan: PlanSchema.nullable().default(null),
  summary: text(LIMITS.summary, '给家长的小结').default(''),
  notes: text(LIMITS.notes, '内部备注').default(''),
}

/** Limits only: what a stored record and a draft share. */
const RecordShape = z.object({ ...fields, integrity: z.boolean({ error: () => '请勾选廉洁家访承诺' }) }).strict()

export const INTEGRITY_MESSAGE = '请勾选廉洁家访承诺：未接受家长的礼品、宴请和钱物'
export const STRENGTH_MESSAGE = '请至少写一条孩子的闪光点'

/** Who answers the i-th opinion: the teacher's choice, else the class (the default, and every older record). */
export const opinionRoute = (r: Pick<RecordDraft, 'opinionRoutes'>, i: number): TicketRoute => r.opinionRoutes?.[i] ?? 'class'

/** A submitted record: limits, plus at least one strength, one strategy and the integrity declaration. */
export const RecordSchema = RecordShape.superRefine((r, ctx) => {
  if (!r.feedback.some((f) => f.kind === 'strength')) ctx.addIssue({ code: 'custom', message: STRENGTH_MESSAGE, path: ['feedback'] })
  if (r.strategies.length === 0) ctx.addIssue({ code: 'custom', message: '请至少写一条和家长商定的共育策略', path: ['strategies'] })
  if (r.integrity !== true) ctx.addIssue({ code: 'custom', message: INTEGRITY_MESSAGE, path: ['integrity'] })
})
export type VisitRecord = z.infer<typeof RecordSchema>
export type RecordInput = z.input<typeof RecordSchema>

/** A draft: every field optional, the same limits. */
export const DraftSchema = RecordShape.partial().strict()
export type RecordDraft = z.infer<typeof DraftSchema>

/** What the parent sees: the shared summary, the strengths and the agreed strategies, never internal notes. */
export function sharedPart(r: VisitRecord) {
  return {
    summary: r.summary,
    strengths: r.feedback.filter((f) => f.kind === 'strength').map(({ domain, text }) => ({ domain, text })),
    strategies: r.strategies,
  }
}
