// The rules over segmented words. Each looks at the run starting at token i and its clause, and
// returns the flagged token run with a drop-in replacement, or null.
import * as L from './tone.lexicon'
import { clauseEnd, lookupOf, runAt, spell } from './tone.match'
import type { Token, ToneRule } from './tone.types'

export type Scan = { tokens: Token[]; clauses: number[] }
export type Hit = { rule: ToneRule; from: number; to: number; suggestion: string }
type Rule = (scan: Scan, i: number) => Hit | null

const withDegrees = (labels: Record<string, string>) =>
  L.DEGREES.flatMap((d) => Object.entries(labels).map(([w, s]): [string, string] => [d + w, s]))
const LABEL_TEXT = new Map<string, string>([...Object.entries(L.LABELS), ...withDegrees(L.LABELS), ...withDegrees(L.DEGREE_LABELS)])
const LABELS = lookupOf(LABEL_TEXT.keys())
const HABITS = lookupOf(L.HABIT_WORDS)
const NEVERS = lookupOf(L.NEVER_WORDS)
const NEVER_PREFIXES = lookupOf(L.NEVER_PREFIXES)
const BLAMES = lookupOf(L.BLAME_WORDS)
const BLAME_LEADS = lookupOf(['都是', '全是', '就是', '都怪', '全怪', '怪'])
const THREATS = lookupOf(L.THREAT_ALWAYS)
const THREAT_IFS = lookupOf(L.THREAT_IF)
const COMPARISONS = lookupOf(L.COMPARISONS)
const MISDEEDS = lookupOf(L.MISDEEDS)

const word = (scan: Scan, i: number) => scan.tokens[i]?.word ?? ''
const inClause = (scan: Scan, i: number, j: number) => j < scan.tokens.length && scan.clauses[j] === scan.clauses[i]

/** A negation token (不, 没有, 不肯…), not 不同/不错. */
const isNegation = (w: string) => !L.NOT_NEGATIONS.has(w) && (L.NEGATIONS.has(w) || /^[不没]./.test(w))

/** What a negation at token j negates: the rest of its word (不怕 → 怕) or the next word (不|迟到). */
const negated = (scan: Scan, j: number) => (L.NEGATIONS.has(word(scan, j)) ? word(scan, j + 1) : word(scan, j).slice(1))

/** 从不迟到, 一点也不怕: a negated misdeed is praise. */
const isPraise = (scan: Scan, j: number) => L.MISDEEDS.has(negated(scan, j))

const label: Rule = (scan, i) => {
  const to = runAt(scan.tokens, i, LABELS)
  if (to < 0) return null
  const phrase = spell(scan.tokens, i, to)
  if (phrase.endsWith('多动症') && clauseHas(scan, i, (w) => L.MEDICAL.has(w))) return null
  return { rule: 'label', from: i, to, suggestion: LABEL_TEXT.get(phrase) ?? '' }
}

const clauseHas = (scan: Scan, i: number, test: (w: string) => boolean) => {
  for (let j = i; inClause(scan, i, j); j++) if (test(word(scan, j))) return true
  for (let j = i - 1; j >= 0 && inClause(scan, i, j); j--) if (test(word(scan, j))) return true
  return false
}

const habit: Rule = (scan, i) => {
  const to = runAt(scan.tokens, i, HABITS)
  if (to < 0) return null
  for (let j = to; inClause(scan, i, j); j++) {
    const w = word(scan, j)
    if (isNegation(w)) return isPraise(scan, j) ? null : absolute(i, to, scan)
    if (runAt(scan.tokens, j, MISDEEDS) > 0) return absolute(i, to, scan)
  }
  return null
}

const absolute = (from: number, to: number, scan: Scan): Hit => {
  const phrase = spell(scan.tokens, from, to)
  return { rule: 'absolute', from, to, suggestion: phrase.startsWith('每次') ? '有几次' : '最近有几次' }
}

const never: Rule = (scan, i) => {
  const whole = runAt(scan.tokens, i, NEVERS)
  if (whole > 0) {
    const phrase = spell(scan.tokens, i, whole)
    if (L.MISDEEDS.has(word(scan, whole))) return null
    return { rule: 'absolute', from: i, to: whole, suggestion: softened(phrase, phrase.slice(-1)) }
  }
  const to = runAt(scan.tokens, i, NEVER_PREFIXES)
  if (to < 0 || !isNegation(word(scan, to)) || isPraise(scan, to)) return null
  const neg = word(scan, to)
  return { rule: 'absolute', from: i, to: to + 1, suggestion: softened(spell(scan.tokens, i, to), neg) }
}

/** 从来不 → 有时不; 一点都不认真 → 还不太认真; 根本没有 → 有时没有. */
function softened(adverb: string, neg: string): string {
  if (/^(一点|丝毫)/.test(adverb)) return neg.startsWith('不') ? '还不太' + neg.slice(1) : '还没怎么' + neg.slice(1)
  if (adverb.endsWith(neg)) return '有时' + (neg === '有' ? '没有' : neg)
  return '有时' + neg
}

const blame: Rule = (scan, i) => {
  const lead = runAt(scan.tokens, i, BLAME_LEADS)
  const from = i
  const who = lead > 0 ? lead : i
  if (!L.PARENT_WORDS.has(word(scan, who))) return null
  if (lead > 0 && /怪$/.test(spell(scan.tokens, i, lead))) return hitBlame(from, word(scan, who + 1) === '家长' ? who + 2 : who + 1)
  for (let j = who + 1; inClause(scan, who, j); j++) {
    const to = runAt(scan.tokens, j, BLAMES)
    if (to < 0) continue
    if (word(scan, j) === '不管' && L.CONCESSIVE_NEXT.has(word(scan, to))) return null
    return hitBlame(from, to)
  }
  return null
}
const hitBlame = (from: number, to: number): Hit => ({
  rule: 'parent-blame',
  from,
  to,
  suggestion: L.RULE_TEXTS['parent-blame'].suggestion,
})

const threat: Rule = (scan, i) => {
  const always = runAt(scan.tokens, i, THREATS)
  const ifs = always > 0 ? -1 : runAt(scan.tokens, i, THREAT_IFS)
  if (always < 0 && ifs < 0) return null
  const end = clauseEnd(scan.clauses, i)
  if (ifs > 0 && !scan.tokens.slice(ifs, end).some((t) => L.THREAT_THEN.has(t.word))) return null
  return { rule: 'threat', from: i, to: end, suggestion: '我们一起定个小目标，过一周再看看' }
}

const comparison: Rule = (scan, i) => {
  const to = runAt(scan.tokens, i, COMPARISONS)
  return to < 0 ? null : { rule: 'comparison', from: i, to, suggestion: L.RULE_TEXTS.comparison.suggestion }
}

/** In priority order: where two flags overlap, the earlier rule wins (您从来不管 is blame, not an absolute). */
export const RULES: Rule[] = [blame, threat, comparison, label, never, habit]
