// Typical cases (典型案例) as published, and the deterministic ids of tickets and cases: an amended or
// replayed record, a retried suggestion or a second publish writes nothing new.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { TOPIC_LABELS, type TopicKey } from '../visit/record.rules'

/** An immutable anonymised copy: texts only, no visit, family, student or person id. */
export const TypicalCaseSchema = DocBase.extend({
  schoolId: z.string(),
  districtId: z.string(),
  title: z.string(),
  grade: z.number().int().nullable(),
  texts: z.array(z.object({ label: z.string(), text: z.string() })),
  publishedAt: z.string(),
})
export type TypicalCase = z.infer<typeof TypicalCaseSchema>

/** FNV-1a, hex: an opaque id that does not reveal the visit it came from. */
export function opaqueHash(s: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0
  let g = 0x12345678
  for (let i = s.length - 1; i >= 0; i--) g = Math.imul(g ^ s.charCodeAt(i), 0x01000193) >>> 0
  return h.toString(16).padStart(8, '0') + g.toString(16).padStart(8, '0')
}

export const typicalCaseId = (visitId: string) => `case-${opaqueHash(`typical:${visitId}`)}`
/** One ticket per opinion text of a record, whichever version added it. */
export const recordTicketId = (visitId: string, text: string) => `tk-rec-${opaqueHash(`${visitId}\n${text.trim()}`)}`
export const suggestTicketId = (userId: string, requestId: string) => `tk-sug-${opaqueHash(`${userId}\n${requestId}`)}`

const KEY_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TOPIC_LABELS).map(([k, v]) => [`${k as TopicKey}.text`, v])),
  feedback: '德智体美劳反馈',
  strategies: '共育策略',
  'guidance.text': '家庭教育指导',
  'school.text': '学校情况介绍',
  opinions: '家长意见',
  'plan.goals': '共育目标',
  'plan.followUps': '跟进安排',
  summary: '家访小结',
}

/** The heading of a text key (`feedback.2` → 德智体美劳反馈). */
export function caseTextLabel(key: string): string {
  return KEY_LABELS[key] ?? KEY_LABELS[key.replace(/\.\d+$/, '')] ?? key
}
