// The record form's tone check: the teacher's texts in, flags per field out (spread into visitsContract).
// Read-only: nothing is stored or logged.
import { z } from 'zod'
import { STAFF } from '../roles'
import { TONE_RULES } from '../tone/tone.types'

export const TONE_LIMITS = { items: 20, field: 40, text: 2000, total: 6000 }

const ToneTextSchema = z
  .object({
    field: z.string({ error: '栏目不正确，请刷新页面后重试' }).min(1, '栏目不正确，请刷新页面后重试').max(TONE_LIMITS.field, '栏目不正确'),
    // Not trimmed: the flags' offsets point into the text exactly as typed. The 2,000 limit is the route's (TONE.TOO_LONG).
    text: z.string({ error: '请填写要检查的文字' }).max(TONE_LIMITS.total, `一段文字不能超过${TONE_LIMITS.text}个字`),
  })
  .strict()

export const ToneFlagSchema = z.object({
  rule: z.enum(TONE_RULES),
  start: z.number().int(),
  end: z.number().int(),
  words: z.string(),
  explanation: z.string(),
  suggestion: z.string(),
  example: z.string(),
})

export const ToneResultSchema = z.object({ field: z.string(), flags: z.array(ToneFlagSchema) })
export type ToneResult = z.infer<typeof ToneResultSchema>

export const toneActions = {
  toneCheck: {
    summary: '教师：填写家访记录时检查措辞（绝对化、贴标签、指责家长等），给出改写建议；不保存文字',
    input: z
      .object({
        texts: z.array(ToneTextSchema).max(TONE_LIMITS.items, `一次最多检查${TONE_LIMITS.items}段文字`),
      })
      .strict(),
    output: z.object({ results: z.array(ToneResultSchema) }),
    roles: STAFF,
  },
} as const
