// Policy §四(三) 无准备、不家访: a visit is held and recorded only once its prep pack is complete.
// The pack: what to tell the parent across 德智体美劳, starting from at least one strength (闪光点,
// §二(一): positive, never complaint-style); questions to ask; a talk with the student beforehand.
// Pre-contact with the parent is the agreement itself. Pure: the server gate and the screen both use it.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'

export const DOMAINS = ['moral', 'study', 'physical', 'arts', 'labour'] as const
export type Domain = (typeof DOMAINS)[number]
export const DOMAIN_LABELS: Record<Domain, string> = { moral: '德', study: '智', physical: '体', arts: '美', labour: '劳' }

export const OUTLINE_KINDS = ['strength', 'growth'] as const
export const OUTLINE_KIND_LABELS: Record<(typeof OUTLINE_KINDS)[number], string> = { strength: '闪光点', growth: '可以一起努力的地方' }

export const OutlineItemSchema = z.object({ domain: z.enum(DOMAINS), kind: z.enum(OUTLINE_KINDS), text: z.string() })
export type OutlineItem = z.infer<typeof OutlineItemSchema>

/** `visit_preps/<visitId>`: the visitor's prep pack for one agreed visit. */
export const PrepSchema = DocBase.extend({
  visitId: z.string(),
  schoolId: z.string(),
  outline: z.array(OutlineItemSchema),
  questions: z.array(z.string()),
  talkedWithStudent: z.boolean(),
  updatedAt: z.string(),
  updatedBy: z.string(),
})
export type Prep = z.infer<typeof PrepSchema>

/** What the pack still lacks, in words a teacher acts on; empty when it is complete. */
export function prepMissing(prep: Pick<Prep, 'outline' | 'questions' | 'talkedWithStudent'> | null): string[] {
  const missing: string[] = []
  if (!prep?.outline.some((o) => o.kind === 'strength' && o.text.trim())) missing.push('至少写一条孩子的闪光点')
  if (!prep?.questions.some((q) => q.trim())) missing.push('至少写一个想问家长的问题')
  if (!prep?.talkedWithStudent) missing.push('家访前先和孩子谈一谈，并勾选“已和孩子谈过”')
  return missing
}

export const prepIncompleteMessage = (missing: string[]) => `家访准备还没完成：${missing.join('；')}`
