// Questionnaires: what a guardian is sent and answers; the teacher's aggregates (never an answer).
import { z } from 'zod'
import { PARENT, STAFF } from '../roles'
import { QUESTION_KINDS, QuestionnaireDefinitionSchema, VersionSchema } from '../survey/questionnaire.schema'
import { id } from './fields'

const questionnaireId = id('问卷', 160)
const STATES = ['waiting', 'open', 'answered', 'closed'] as const

export const QuestionnaireItemSchema = z.object({
  id: z.string(),
  state: z.enum(STATES),
  /** The visit as recorded: 12月3日（周四）下午3:00, 入户. */
  when: z.string(),
  format: z.string(),
  closesAt: z.string(),
  answeredAt: z.string().nullable(),
})
export type QuestionnaireItem = z.infer<typeof QuestionnaireItemSchema>

const ShownQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  label: z.string(),
  prompt: z.string(),
  readAloud: z.string(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
  required: z.boolean(),
  maxLength: z.number().int(),
})
export type ShownQuestion = z.infer<typeof ShownQuestionSchema>

export const QuestionnaireViewSchema = QuestionnaireItemSchema.extend({
  version: z.string(),
  title: z.string(),
  intro: z.string(),
  questions: z.array(ShownQuestionSchema),
})
export type QuestionnaireView = z.infer<typeof QuestionnaireViewSchema>

export const ShownFigureSchema = z.object({
  label: z.string(),
  /** 85.7% / 暂无 / 样本不足 */
  text: z.string(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  withheld: z.boolean(),
})

const VersionRowSchema = z.object({
  version: z.string(),
  title: z.string(),
  questions: z.number().int(),
  publishedAt: z.string().nullable(),
  /** Who published it (a name); null for a built-in version. */
  publishedBy: z.string().nullable(),
})
export type VersionRow = z.infer<typeof VersionRowSchema>

const AnswerInput = z
  .object({
    version: z.string().max(32),
    values: z.record(z.string().max(32), z.union([z.string().max(2000), z.boolean()])),
  })
  .strict()

export const answerActions = {
  myQuestionnaires: {
    summary: '家长：待填写和已填写的家访回访问卷',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(QuestionnaireItemSchema) }),
    roles: PARENT,
  },
  questionnaire: {
    summary: '家长：一份家访回访问卷和它的题目',
    input: z.object({ id: questionnaireId }).strict(),
    output: QuestionnaireViewSchema,
    roles: PARENT,
  },
  answer: {
    summary: '家长：提交家访回访问卷（重复提交只算一次）；“没有家访/不一样”转学校核实，意见转班主任',
    input: z.object({ id: questionnaireId, answer: AnswerInput }).strict(),
    output: z.object({ id: z.string(), state: z.literal('answered') }),
    roles: PARENT,
    write: true,
  },
  mySatisfaction: {
    summary: '教师：自己家访的家长满意率（少于5份显示“样本不足”，看不到任何一份回答）',
    input: z.object({}).strict(),
    output: ShownFigureSchema,
    roles: STAFF,
  },
  questionnaireVersions: {
    summary: '区教体局：问卷的各个版本（当前在用的是最新发布的一版；内置版本没有发布时间和发布人）',
    input: z.object({}).strict(),
    output: z.object({ current: z.string(), versions: z.array(VersionRowSchema) }),
    roles: ['district'],
  },
  questionnaireVersion: {
    summary: '区教体局：一个问卷版本的全部题目（新版本从当前版本改起）',
    input: z.object({ version: VersionSchema }).strict(),
    output: VersionRowSchema.extend({ current: z.boolean(), definition: QuestionnaireDefinitionSchema }),
    roles: ['district'],
  },
  publishQuestionnaire: {
    summary: '区教体局：发布新版本问卷（此后提交的家访记录用新版本；已发出的问卷和回答保留原版本）',
    input: z.object({ definition: QuestionnaireDefinitionSchema }).strict(),
    output: z.object({ version: z.string(), publishedAt: z.string() }),
    roles: ['district'],
    write: true,
  },
} as const
