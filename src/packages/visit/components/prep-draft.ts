// The prep page's editable copy of the pack: one box per 德智体美劳 × 闪光点 / 可以一起努力的地方, and the questions.
import type { PrepView } from '@/core/contract/visits-prep.contract'
import { MAX_QUESTIONS } from '@/core/contract/visits-prep.contract'
import { DOMAINS, type Domain, type OutlineItem } from '@/core/visit/prep.rules'

export type Kind = OutlineItem['kind']
export type Draft = { boxes: Record<string, string>; questions: string[]; talked: boolean }

export const boxKey = (domain: Domain, kind: Kind) => `${domain}:${kind}`

/** Plain hints a teacher can copy the shape of: observed behaviour, never a label. */
export const HINTS: Record<Domain, Record<Kind, string>> = {
  moral: { strength: '例如：主动帮助同学，做事守时', growth: '例如：和同学有分歧时，先说说自己的想法' },
  study: { strength: '例如：上课认真听讲，爱提问', growth: '例如：作业前先把要写的内容列出来' },
  physical: { strength: '例如：跳绳进步很快，坚持锻炼', growth: '例如：每天保证睡够9小时' },
  arts: { strength: '例如：画画有想象力，喜欢唱歌', growth: '例如：周末一起看一次展览或演出' },
  labour: { strength: '例如：值日认真，会整理书包', growth: '例如：在家承担一件固定的家务' },
}

export function draftOf(v: PrepView): Draft {
  const boxes: Record<string, string> = {}
  for (const o of v.outline) {
    const k = boxKey(o.domain, o.kind)
    boxes[k] = boxes[k] ? `${boxes[k]}；${o.text}` : o.text
  }
  return { boxes, questions: v.questions.length ? [...v.questions] : [''], talked: v.talkedWithStudent }
}

/** The draft as the pack's fields: strengths first, empty boxes and questions left out. */
export function packOf(d: Draft) {
  const outline: OutlineItem[] = []
  for (const kind of ['strength', 'growth'] as const) {
    for (const domain of DOMAINS) {
      const text = (d.boxes[boxKey(domain, kind)] ?? '').trim()
      if (text) outline.push({ domain, kind, text })
    }
  }
  return { outline, questions: d.questions.map((q) => q.trim()).filter(Boolean), talkedWithStudent: d.talked }
}

/** One empty box at the end so another question can be added, up to the limit. */
export function withSpareQuestion(questions: string[]): string[] {
  const last = questions[questions.length - 1]
  return last === undefined || (last.trim() && questions.length < MAX_QUESTIONS) ? [...questions, ''] : questions
}
