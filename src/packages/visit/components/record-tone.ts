// Which texts of the record form the tone check reads, what each is called, and how a suggested
// rewording goes back into the form. Field keys: `topic:<key>`, `feedback:<i>`, `strategies:<i>`,
// `opinions:<i>`, `guidance`, `school`, `summary`, `notes`.
import type { ToneText } from '../../../client/tone-hints'
import { TOPIC_KEYS, TOPIC_LABELS, type TopicKey } from '../../../core/visit/record.rules'
import type { Form } from './record-form-state'

const LIST_LABELS = { feedback: '德智体美劳反馈', strategies: '共育策略', opinions: '家长意见' } as const
const ONE_LABELS = { guidance: '家庭教育指导', school: '学校情况介绍', summary: '给家长的小结', notes: '内部备注' } as const

export function toneTextsOf(f: Form): ToneText[] {
  const texts: ToneText[] = TOPIC_KEYS.map((k) => ({ field: `topic:${k}`, text: f[k]?.text ?? '' }))
  ;(f.feedback ?? []).forEach((x, i) => texts.push({ field: `feedback:${i}`, text: x.text }))
  ;(f.strategies ?? []).forEach((x, i) => texts.push({ field: `strategies:${i}`, text: x }))
  ;(f.opinions ?? []).forEach((x, i) => texts.push({ field: `opinions:${i}`, text: x }))
  texts.push({ field: 'guidance', text: f.guidance?.text ?? '' }, { field: 'school', text: f.school?.text ?? '' })
  texts.push({ field: 'summary', text: f.summary ?? '' }, { field: 'notes', text: f.notes ?? '' })
  return texts.filter((t) => t.text.trim() !== '')
}

/** "在家表现", "共育策略（第2条）". */
export function toneLabelOf(field: string): string {
  const [kind, at] = field.split(':') as [string, string | undefined]
  if (kind === 'topic') return TOPIC_LABELS[at as TopicKey] ?? field
  if (kind in LIST_LABELS) return `${LIST_LABELS[kind as keyof typeof LIST_LABELS]}（第${Number(at) + 1}条）`
  return ONE_LABELS[kind as keyof typeof ONE_LABELS] ?? field
}

const splice = (text: string, start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end)

/** The form with the words at [start, end) of one field replaced by the suggestion. */
export function rephrased(f: Form, field: string, start: number, end: number, by: string): Form {
  const [kind, at] = field.split(':') as [string, string | undefined]
  const i = Number(at)
  const edit = (t: string) => splice(t, start, end, by)
  if (kind === 'topic') {
    const key = at as TopicKey
    const current = f[key]
    return current ? { ...f, [key]: { ...current, text: edit(current.text ?? '') } } : f
  }
  if (kind === 'feedback' && f.feedback?.[i])
    return { ...f, feedback: f.feedback.map((x, j) => (j === i ? { ...x, text: edit(x.text) } : x)) }
  if (kind === 'strategies' && f.strategies?.[i] !== undefined)
    return { ...f, strategies: f.strategies.map((x, j) => (j === i ? edit(x) : x)) }
  if (kind === 'opinions' && f.opinions?.[i] !== undefined) return { ...f, opinions: f.opinions.map((x, j) => (j === i ? edit(x) : x)) }
  if (kind === 'guidance' && f.guidance) return { ...f, guidance: { ...f.guidance, text: edit(f.guidance.text ?? '') } }
  if (kind === 'school' && f.school) return { ...f, school: { ...f.school, text: edit(f.school.text ?? '') } }
  if (kind === 'summary') return { ...f, summary: edit(f.summary ?? '') }
  if (kind === 'notes') return { ...f, notes: edit(f.notes ?? '') }
  return f
}
