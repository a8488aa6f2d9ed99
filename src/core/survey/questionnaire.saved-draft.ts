// A district user's unpublished questionnaire draft kept on their device: what it was drafted from and
// what was typed, read back leniently (half-typed fields are fine, a damaged copy is dropped) and
// renumbered if someone published its number meanwhile. Pure: the page keeps it, the tests check it.
import { z } from 'zod'
import { nextVersion, type Draft } from './questionnaire.draft'
import { MEASURE_KEYS, QUESTION_KINDS } from './questionnaire.schema'

// Blank and over-long texts are allowed here: the draft is checked when the district previews it.
const SavedQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  label: z.string(),
  prompt: z.string(),
  readAloud: z.string(),
  options: z.array(z.object({ value: z.string(), label: z.string() })).default([]),
  required: z.boolean(),
  measure: z.enum(MEASURE_KEYS).nullable().default(null),
  maxLength: z.number().default(300),
})

export const SavedDraftSchema = z.object({
  /** The version the draft was copied from (the one in use then). */
  from: z.string(),
  savedAt: z.string(),
  draft: z.object({ version: z.string(), title: z.string(), intro: z.string(), questions: z.array(SavedQuestionSchema) }),
})
// As written: the page's draft, whose optional fields the schema fills in when read back.
export type SavedDraft = z.input<typeof SavedDraftSchema>

export type Restored = { from: string; draft: Draft; savedAt: string; renumberedFrom: string | null }

/** The saved draft to carry on with, under a number nobody has published; null when there is none usable. */
export function restoreDraft(saved: unknown, existing: readonly string[]): Restored | null {
  const parsed = SavedDraftSchema.safeParse(saved)
  if (!parsed.success) return null
  const { from, draft, savedAt } = parsed.data
  if (!existing.includes(draft.version)) return { from, draft, savedAt, renumberedFrom: null }
  return { from, draft: { ...draft, version: nextVersion(existing) }, savedAt, renumberedFrom: draft.version }
}

/** The notice above a restored draft: it is back, and what changed meanwhile. */
export function restoredNotice(r: Restored, current: string): string {
  const moved = r.renumberedFrom ? `期间已经发布了 ${r.renumberedFrom}，这份草稿改为 ${r.draft.version}` : ''
  const base = r.from !== current ? `草稿是从 ${r.from} 改的，现在使用的是 ${current}` : ''
  const extra = [moved, base].filter(Boolean).join('；')
  return extra ? `已恢复上次未发布的草稿（${extra}）` : '已恢复上次未发布的草稿'
}
