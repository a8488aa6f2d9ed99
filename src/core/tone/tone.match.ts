// Token-aligned matching: a phrase matches only a run of whole tokens that spells it exactly.
import type { Token } from './tone.types'

const BOUNDARY = /[，。！？；,.!?;\n…]/

/** The clause index of every token: punctuation tokens end a clause. */
export function clausesOf(tokens: Token[]): number[] {
  let clause = 0
  return tokens.map((t) => {
    if (!BOUNDARY.test(t.word)) return clause
    clause++
    return -1
  })
}

export type Lookup = { has: (s: string) => boolean; max: number }

export function lookupOf(phrases: Iterable<string>): Lookup {
  const set = new Set(phrases)
  return { has: (s) => set.has(s), max: Math.max(0, ...[...set].map((p) => p.length)) }
}

/** The end index (exclusive) of the longest run from `i` spelling a phrase, or -1. */
export function runAt(tokens: Token[], i: number, lookup: Lookup): number {
  let spelled = ''
  let found = -1
  for (let j = i; j < tokens.length; j++) {
    spelled += tokens[j]?.word ?? ''
    if (spelled.length > lookup.max) break
    if (lookup.has(spelled)) found = j + 1
  }
  return found
}

/** The run from `i` as text, for lexicon look-ups of the matched phrase. */
export const spell = (tokens: Token[], i: number, end: number) =>
  tokens
    .slice(i, end)
    .map((t) => t.word)
    .join('')

/** The end index (exclusive) of the clause holding token `i`. */
export function clauseEnd(clauses: number[], i: number): number {
  let j = i
  while (j < clauses.length && clauses[j] === clauses[i]) j++
  return j
}
