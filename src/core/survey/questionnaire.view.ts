// What a parent's page shows of a questionnaire: its version's questions with the visit's facts
// filled in (the took-place question names the recorded time and format), and its state.
import { VISIT_FORMAT_LABELS, type VisitFormat } from '../model/visit.schema'
import { clockWords, dayWords } from '../visit/time-words'
import { closesAt, stateOf, type Questionnaire } from './questionnaire.rules'
import { renderText, type PromptFacts, type QuestionnaireDefinition } from './questionnaire.schema'

/** 12月3日（周四）下午3:00 and 入户; neutral words when the visit has no agreed time on file. */
export function promptFacts(agreed: { startAt: string; format: VisitFormat } | null): PromptFacts {
  if (!agreed) return { when: '约定的时间', format: '约定的方式' }
  return { when: `${dayWords(agreed.startAt)}${clockWords(agreed.startAt)}`, format: VISIT_FORMAT_LABELS[agreed.format] }
}

/** The parent's view of the questionnaire: `open` once sent until answered or closed. */
export type ParentState = 'waiting' | 'open' | 'answered' | 'closed'
export function parentStateOf(q: Questionnaire, now: Date): ParentState {
  const s = stateOf(q)
  if (s === 'sent' && now.toISOString() >= closesAt(q)) return 'closed'
  return s === 'pending' ? 'waiting' : s === 'sent' ? 'open' : s
}

/** The definition as shown: prompts and read-aloud texts rendered, no measure tags (the page needs none). */
export function renderedQuestions(def: QuestionnaireDefinition, facts: PromptFacts) {
  return def.questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    label: q.label,
    prompt: renderText(q.prompt, facts),
    readAloud: renderText(q.readAloud, facts),
    options: q.options,
    required: q.required,
    maxLength: q.maxLength,
  }))
}
