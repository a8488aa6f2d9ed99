// The tone check's shapes. The core never segments text itself: the server passes a segmenter.

/** One segmented word with its offsets in the text (UTF-16 indices, end exclusive). */
export type Token = { word: string; start: number; end: number }

/** Splits a text into words that cover it in order (punctuation and spaces included). */
export type Segment = (text: string) => Token[]

export const TONE_RULES = ['absolute', 'label', 'parent-blame', 'threat', 'comparison'] as const
export type ToneRule = (typeof TONE_RULES)[number]

export type ToneFlag = {
  rule: ToneRule
  start: number
  end: number
  /** The flagged words, as they stand in the text. */
  words: string
  /** Which rule fired, in plain Chinese ("绝对化的说法：…"). */
  explanation: string
  /** A drop-in replacement for text[start, end). */
  suggestion: string
  /** A whole sentence showing the reframing toward observed behaviour and next steps. */
  example: string
}
