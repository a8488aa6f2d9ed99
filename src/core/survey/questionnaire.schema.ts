// Satisfaction questionnaires (policy §五(三)) as versioned definitions the district may change. The
// figures never read a prompt: they read the answers tagged with a `measure`, whose option values are
// fixed here, so 满意率 and 到位率 mean the same under every version. Answers keep their version.
import { z } from 'zod'
import { text } from '../contract/fields'
import { Errors, ok, type Result } from '../result'

export const QUESTION_KINDS = ['single_choice', 'yes_no', 'text'] as const
export type QuestionKind = (typeof QUESTION_KINDS)[number]

/** What the figures and the leaders' queues read from an answer. */
export const MEASURE_KEYS = ['took_place', 'satisfaction', 'offered'] as const
export type MeasureKey = (typeof MEASURE_KEYS)[number]

/** Did the visit take place as the record says? Anything but `as_recorded` raises a dispute. */
export const TOOK_PLACE = ['as_recorded', 'different', 'not_held'] as const
export type TookPlace = (typeof TOOK_PLACE)[number]
export const SATISFACTION = ['satisfied', 'fairly', 'neutral', 'dissatisfied'] as const
export type Satisfaction = (typeof SATISFACTION)[number]
export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  fairly: '比较满意',
  neutral: '一般',
  dissatisfied: '不满意',
}
/** The numerator of 满意率. */
export const SATISFIED: readonly Satisfaction[] = ['satisfied', 'fairly']
const FIXED_OPTIONS: Partial<Record<MeasureKey, readonly string[]>> = { took_place: TOOK_PLACE, satisfaction: SATISFACTION }
/** The measures as the district reads them in an error: the questions of v1 that carry them. */
export const MEASURE_LABELS: Record<MeasureKey, string> = {
  took_place: '家访是否属实',
  satisfaction: '总体满意度',
  offered: '是否有送礼吃请',
}

/** Filled from the visit when the questionnaire is shown (`{when}` → 12月5日晚上, `{format}` → 入户). */
export const PLACEHOLDERS = ['when', 'format'] as const
export type PromptFacts = Record<(typeof PLACEHOLDERS)[number], string>

const Key = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, '编号只能是小写字母、数字和下划线')
const OptionSchema = z.object({ value: Key, label: z.string().min(1).max(20) }).strict()

function checkQuestion(
  q: { kind: QuestionKind; options: { value: string }[]; measure: MeasureKey | null; prompt: string; readAloud: string },
  ctx: z.RefinementCtx,
) {
  const issue = (message: string) => ctx.addIssue({ code: 'custom', message })
  const values = q.options.map((o) => o.value)
  if (q.kind === 'single_choice' && values.length < 2) issue('单选题至少要有两个选项')
  if (q.kind !== 'single_choice' && values.length > 0) issue('只有单选题有选项')
  if (new Set(values).size !== values.length) issue('选项编号重复')
  const fixed = q.measure ? FIXED_OPTIONS[q.measure] : undefined
  if (fixed && (q.kind !== 'single_choice' || [...values].sort().join() !== [...fixed].sort().join()))
    issue(`“${MEASURE_LABELS[q.measure!]}”题的选项不能增减，只能改文字`)
  if (q.measure === 'offered' && q.kind !== 'yes_no') issue(`“${MEASURE_LABELS.offered}”必须是是否题`)
  const unknown = [...`${q.prompt}${q.readAloud}`.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1]!)
    .filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p))
  if (unknown.length) issue(`未知的占位符：${unknown.join('、')}`)
}

export const QuestionSchema = z
  .object({
    id: Key,
    kind: z.enum(QUESTION_KINDS),
    /** Short name for refusals and reports (总体满意度). */
    label: z.string().min(1).max(12),
    prompt: z.string().min(1).max(80),
    /** What read-aloud speaks: the prompt and its options in full sentences. */
    readAloud: z.string().min(1).max(300),
    options: z.array(OptionSchema).max(6, '每道题最多6个选项').default([]),
    required: z.boolean(),
    measure: z.enum(MEASURE_KEYS).nullable().default(null),
    /** Text questions only: the longest answer. */
    maxLength: z.number().int().min(1).max(500).default(300),
  })
  .strict()
  .superRefine(checkQuestion)
export type Question = z.infer<typeof QuestionSchema>

export const VersionSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,31}$/, '问卷版本号格式不正确')

export const QuestionnaireDefinitionSchema = z
  .object({
    version: VersionSchema,
    title: z.string().min(1).max(30),
    intro: z.string().max(200).default(''),
    questions: z.array(QuestionSchema).min(1, '至少要有一道题').max(20, '最多20道题'),
  })
  .strict()
  .superRefine((d, ctx) => {
    const ids = d.questions.map((q) => q.id)
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: '题目编号重复' })
    for (const m of MEASURE_KEYS) {
      const tagged = d.questions.filter((q) => q.measure === m)
      if (tagged.length > 1) ctx.addIssue({ code: 'custom', message: `“${MEASURE_LABELS[m]}”只能有一题` })
      // Without these two the version could not count toward 到位率 and 满意率.
      if (m !== 'offered' && (tagged.length !== 1 || !tagged[0]!.required))
        ctx.addIssue({ code: 'custom', message: `必须有一道必答的“${MEASURE_LABELS[m]}”题（用于统计到位率和满意率）` })
    }
  })
export type QuestionnaireDefinition = z.infer<typeof QuestionnaireDefinitionSchema>
export type QuestionnaireDefinitionInput = z.input<typeof QuestionnaireDefinitionSchema>

export type AnswerValue = string | boolean
/** A stored answer: its definition's version and a value per answered question. */
export const SurveyAnswerSchema = z.object({ version: VersionSchema, values: z.record(Key, z.union([z.string(), z.boolean()])) }).strict()
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>

function valueSchema(q: Question): z.ZodType<AnswerValue | undefined> {
  if (q.kind === 'single_choice') {
    const values = q.options.map((o) => o.value) as [string, ...string[]]
    const s = z.enum(values, { error: () => `请选择：${q.label}` })
    return q.required ? s : s.optional()
  }
  if (q.kind === 'yes_no') {
    const s = z.boolean({ error: () => `请选择：${q.label}` })
    return q.required ? s : s.optional()
  }
  const s = text(q.maxLength, q.label)
  return q.required ? s.min(1, `请填写：${q.label}`) : s.optional()
}

/** The strict shape of an answer to one version: only its questions, required ones present, texts within limits. */
export function answerSchemaFor(def: QuestionnaireDefinition) {
  return z.object(Object.fromEntries(def.questions.map((q) => [q.id, valueSchema(q)]))).strict()
}

export const definitionOf = (version: string, defs: readonly QuestionnaireDefinition[]) => defs.find((d) => d.version === version) ?? null

/** Checks an answer against the version it names; an unknown version is refused (the page is stale). */
export function parseAnswer(defs: readonly QuestionnaireDefinition[], input: unknown): Result<SurveyAnswer> {
  const shell = z
    .object({ version: VersionSchema, values: z.record(z.string(), z.unknown()) })
    .strict()
    .safeParse(input)
  if (!shell.success) return Errors.badInput('问卷内容不完整，请刷新后重新填写')
  const def = definitionOf(shell.data.version, defs)
  if (!def) return { ok: false, error: { code: 'SURVEY.UNKNOWN_VERSION', message: '问卷已更新，请刷新后重新填写' } }
  const values = answerSchemaFor(def).safeParse(shell.data.values)
  if (!values.success) return Errors.badInput(values.error.issues[0]?.message ?? '问卷内容不正确', values.error.issues)
  const kept = Object.entries(values.data).filter((e): e is [string, AnswerValue] => e[1] !== undefined && e[1] !== '')
  return ok({ version: def.version, values: Object.fromEntries(kept) })
}

export type AnswerMeasures = { tookPlace: TookPlace | null; satisfaction: Satisfaction | null; offered: boolean | null }

/** What the figures read from an answer, found through its own version's tags. */
export function measuresOfAnswer(def: QuestionnaireDefinition, answer: SurveyAnswer): AnswerMeasures {
  const valueOf = (m: MeasureKey) => {
    const q = def.questions.find((x) => x.measure === m)
    return q ? answer.values[q.id] : undefined
  }
  const took = valueOf('took_place')
  const sat = valueOf('satisfaction')
  const offered = valueOf('offered')
  return {
    tookPlace: (TOOK_PLACE as readonly unknown[]).includes(took) ? (took as TookPlace) : null,
    satisfaction: (SATISFACTION as readonly unknown[]).includes(sat) ? (sat as Satisfaction) : null,
    offered: typeof offered === 'boolean' ? offered : null,
  }
}

/** A prompt or read-aloud text with the visit's facts filled in. */
export const renderText = (template: string, facts: PromptFacts) =>
  template.replace(/\{(when|format)\}/g, (_, k: keyof PromptFacts) => facts[k])

/** An answer in words (question label → chosen option's label, 是/否, or the text), for the parent's own copy. */
export function answerInWords(def: QuestionnaireDefinition | null, values: SurveyAnswer['values']) {
  return Object.entries(values).map(([key, v]) => {
    const q = def?.questions.find((x) => x.id === key)
    const answer = v === true ? '是' : v === false ? '否' : (q?.options.find((o) => o.value === v)?.label ?? v)
    return { question: q?.label ?? key, answer }
  })
}
