// The tone check: complaint-style or labelling wording in a record, each flag saying which rule fired.
// Policy §二(一): a visit is positive, never a complaint. Pure: the caller supplies the segmenter.
import { RULE_TEXTS } from './tone.lexicon'
import { clausesOf } from './tone.match'
import { RULES, type Hit, type Scan } from './tone.rules'
import type { Segment, ToneFlag } from './tone.types'

export function checkTone(text: string, segment: Segment): ToneFlag[] {
  if (!text.trim()) return []
  const tokens = segment(text)
  const scan: Scan = { tokens, clauses: clausesOf(tokens) }
  const hits: Hit[] = []
  RULES.forEach((rule) => {
    for (let i = 0; i < tokens.length; i++) {
      const hit = rule(scan, i)
      if (!hit) continue
      if (!hits.some((h) => h.from < hit.to && hit.from < h.to)) hits.push(hit)
      i = hit.to - 1
    }
  })
  return hits.sort((a, b) => a.from - b.from).map((hit) => flagOf(text, scan, hit))
}

function flagOf(text: string, scan: Scan, hit: Hit): ToneFlag {
  const start = scan.tokens[hit.from]?.start ?? 0
  const end = scan.tokens[hit.to - 1]?.end ?? start
  const words = text.slice(start, end)
  const t = RULE_TEXTS[hit.rule]
  return {
    rule: hit.rule,
    start,
    end,
    words,
    explanation: `${t.name}：“${words}”${t.why}。`,
    suggestion: hit.suggestion,
    example: t.example,
  }
}

/** The rule's name, for headings: 绝对化的说法, 给孩子贴标签… */
export const ruleName = (rule: ToneFlag['rule']) => RULE_TEXTS[rule].name
