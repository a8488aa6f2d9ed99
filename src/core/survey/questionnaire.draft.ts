// The district's new questionnaire version, drafted from the current one: the next version number,
// new questions with ids the schema accepts, read-aloud texts that follow the prompt and its options,
// and the schema's complaints said as "第3题的题目：请填写这一项". Pure: the page and the tests use it.
import type { z } from 'zod'
import '../zod-locale'
import type { PromptFacts, Question, QuestionKind, QuestionnaireDefinition } from './questionnaire.schema'
import { QuestionnaireDefinitionSchema } from './questionnaire.schema'

export type DraftQuestion = z.input<typeof QuestionnaireDefinitionSchema>['questions'][number]
export type Draft = Omit<QuestionnaireDefinition, 'questions'> & { questions: DraftQuestion[] }

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = { single_choice: '单选题', yes_no: '是否题', text: '填空题' }
export const MAX_QUESTIONS = 20
export const MAX_OPTIONS = 6

/** The facts a preview fills in: a visit as a parent would see it named. */
export const SAMPLE_FACTS: PromptFacts = { when: '12月3日（周四）下午3:00', format: '入户' }

/** `v<n+1>` after the highest `v<n>` the district has (built-in or published). */
export function nextVersion(existing: readonly string[]): string {
  const numbers = existing.map((v) => /^v(\d+)$/.exec(v)?.[1]).filter((n): n is string => n !== undefined)
  return `v${Math.max(0, ...numbers.map(Number)) + 1}`
}

/** A copy of `current` under the next version number: the district edits this, never a published one. */
export const draftFrom = (current: QuestionnaireDefinition, existing: readonly string[]): Draft => ({
  ...current,
  version: nextVersion(existing),
  questions: current.questions.map((q) => ({ ...q, options: q.options.map((o) => ({ ...o })) })),
})

/** What read-aloud speaks: the prompt, then the choices in a sentence. */
export function readAloudOf(q: Pick<Question, 'kind' | 'prompt' | 'required'> & { options?: { label: string }[] }): string {
  if (q.kind === 'yes_no') return `${q.prompt}请回答“是”或“否”。`
  if (q.kind === 'single_choice') return `${q.prompt}可以选：${(q.options ?? []).map((o) => o.label).join('；')}。`
  return q.required ? q.prompt : `${q.prompt}可以不填。`
}

/** A question's edit: a changed prompt, options or "required" re-words its read-aloud text. */
export function editQuestion(q: DraftQuestion, patch: Partial<DraftQuestion>): DraftQuestion {
  const next = { ...q, ...patch }
  const reworded = 'prompt' in patch || 'options' in patch || 'required' in patch
  return reworded ? { ...next, readAloud: readAloudOf({ ...next, required: next.required }) } : next
}

const freeKey = (prefix: string, taken: readonly string[]) => {
  let n = 1
  while (taken.includes(`${prefix}${n}`)) n++
  return `${prefix}${n}`
}

/** A new option with a value unused in its question. */
export const newOption = (q: DraftQuestion) => ({
  value: freeKey(
    'o',
    (q.options ?? []).map((o) => o.value),
  ),
  label: '',
})

/** A blank question of this kind, optional, with an id unused in the draft. */
export function newQuestion(kind: QuestionKind, draft: Draft): DraftQuestion {
  const id = freeKey(
    'q',
    draft.questions.map((q) => q.id),
  )
  const blank = (value: string) => ({ value, label: '' })
  const options = kind === 'single_choice' ? [blank('o1'), blank('o2')] : []
  const readAloud = readAloudOf({ kind, prompt: '', required: false, options })
  return { id, kind, label: '', prompt: '', readAloud, options, required: false, measure: null, maxLength: 300 }
}

/** The figures read the questions with a measure: they stay, with their options' values and "required". */
export const isLocked = (q: DraftQuestion) => (q.measure ?? null) !== null

const FIELD_NAMES: Record<string, string> = {
  title: '问卷标题',
  intro: '开头说明',
  label: '简称',
  prompt: '题目',
  readAloud: '朗读文字',
  options: '选项',
}

function where(path: readonly PropertyKey[]): string {
  const [head, i, field, j] = path
  if (head === undefined || (head === 'questions' && i === undefined)) return ''
  if (head !== 'questions' || typeof i !== 'number') return `${FIELD_NAMES[String(head)] ?? '问卷'}：`
  const n = `第${i + 1}题`
  if (field === undefined) return `${n}：`
  if (field === 'options' && typeof j === 'number') return `${n}的第${j + 1}个选项：`
  return `${n}的${FIELD_NAMES[String(field)] ?? '内容'}：`
}

/** Every problem of the draft in plain Chinese, located (empty when it can be published). */
export function draftProblems(draft: Draft): string[] {
  const checked = QuestionnaireDefinitionSchema.safeParse(draft)
  if (checked.success) return []
  return [...new Set(checked.error.issues.map((i) => `${where(i.path)}${i.message}`))]
}
