// The pure parts of the record form's tone hints: what to send (and when not to), which flags to show,
// and how to cut an excerpt around a flag for highlighting.
import type { ToneResult } from '../core/contract/visits-tone.contract'
import { TONE_LIMITS } from '../core/contract/visits-tone.contract'

export type ToneText = { field: string; text: string }
export type Flag = ToneResult['flags'][number]

/** The wait after the last keystroke before asking the server. */
export const TONE_PAUSE_MS = 800

/** The texts worth checking: non-empty, within the server's limits (a longer field is left to its own max). */
export function batchOf(texts: ToneText[]): ToneText[] {
  const batch: ToneText[] = []
  let total = 0
  for (const t of texts) {
    if (!t.text.trim() || t.text.length > TONE_LIMITS.text || t.field.length > TONE_LIMITS.field) continue
    if (total + t.text.length > TONE_LIMITS.total || batch.length === TONE_LIMITS.items) break
    batch.push(t)
    total += t.text.length
  }
  return batch
}

/** The request's key: the same texts as the last check need no new check. */
export const keyOf = (batch: ToneText[]) => JSON.stringify(batch.map((t) => [t.field, t.text]))

/** Whether a pause in typing should ask the server: something to check, and not what was last checked. */
export const shouldCheck = (batch: ToneText[], lastKey: string | null) => batch.length > 0 && keyOf(batch) !== lastKey

/** A confirmation ("保持原文") survives edits elsewhere in the text: it names the words, not the offsets. */
export const confirmKey = (field: string, flag: Pick<Flag, 'rule' | 'words'>) => `${field}\u0000${flag.rule}\u0000${flag.words}`

/** The flags still to show: of the fields as they are now, not confirmed, and still matching the text. */
export function visibleFlags(results: ToneResult[], texts: ToneText[], confirmed: ReadonlySet<string>) {
  const now = new Map(texts.map((t) => [t.field, t.text]))
  return results.flatMap(({ field, flags }) =>
    flags
      .filter((f) => !confirmed.has(confirmKey(field, f)) && now.get(field)?.slice(f.start, f.end) === f.words)
      .map((flag) => ({ field, flag })),
  )
}

export type Excerpt = { before: string; hit: string; after: string }

/** The flagged words with up to `context` characters either side, cut with … where the text goes on. */
export function excerptOf(text: string, start: number, end: number, context = 12): Excerpt {
  let from = Math.max(0, start - context)
  let to = Math.min(text.length, end + context)
  // Never split a character outside the basic plane (an emoji) in two.
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from--
  if (/[\uDC00-\uDFFF]/.test(text[to] ?? '')) to++
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, start),
    hit: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? '…' : ''),
  }
}
