// The tone check's segmenter: jieba (native, ~3 MB with its dictionary), on the server only, loaded
// once on first use. The lexicon's phrases go into its user dictionary so they stay one word.
import type * as JiebaModule from '@node-rs/jieba'
import type { Jieba } from '@node-rs/jieba'
import type * as DictModule from '@node-rs/jieba/dict'
import { WHOLE_WORDS } from '../../core/tone/tone.lexicon'
import type { Segment, Token } from '../../core/tone/tone.types'

let jieba: Jieba | null = null

function loaded(): Jieba {
  if (jieba) return jieba
  // Required here, not imported: the native module and its 5 MB dictionary would otherwise cost
  // every cold start of the visits function ~20 ms and the memory, toneCheck or not.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { Jieba: J } = require('@node-rs/jieba') as typeof JiebaModule
  const { dict } = require('@node-rs/jieba/dict') as typeof DictModule
  /* eslint-enable @typescript-eslint/no-require-imports */
  const j = J.withDict(dict)
  j.loadDict(Buffer.from(WHOLE_WORDS.map((w) => `${w} 2000`).join('\n')))
  jieba = j
  return j
}

/** Words with their offsets; jieba's words cover the text in order, spaces and punctuation included. */
export const segment: Segment = (text) => {
  const tokens: Token[] = []
  let at = 0
  for (const word of loaded().cut(text, false)) {
    // Should jieba ever drop or alter a character, resynchronise on the word instead of drifting.
    const start = text.startsWith(word, at) ? at : text.indexOf(word, at)
    if (start < 0) continue
    tokens.push({ word, start, end: start + word.length })
    at = start + word.length
  }
  return tokens
}
