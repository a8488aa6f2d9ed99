// Suggested times for several families at once: inside each family's free windows, clear of the
// teacher's calendar and of each other (home visits keep the travel buffer: the same 15-minute slots
// and buffer the calendar check uses), a few distinct days per family.
import type { FreeWindow } from '../model/availability.schema'
import { VISIT_FORMATS, type VisitFormat, type VisitOption } from '../model/visit.schema'
import { inZone } from '../time'
import { DEFAULT_WINDOWS, clockMinutes } from './availability.rules'
import { SLOT_MINUTES, slotStarts, type OptionInput } from './options.rules'

/** Next two weeks, starting tomorrow. */
export const SUGGEST_DAYS = 14
export const SUGGEST_PER_FAMILY = 3
/** A suggested visit lasts an hour, or the whole window when that is shorter. */
export const SUGGEST_MINUTES = 60
const SHORTEST_VISIT = 15

export type FamilyAsk = { key: string; windows: readonly FreeWindow[]; formats: readonly VisitFormat[] }
export type Busy = Pick<VisitOption, 'startAt' | 'endAt' | 'format'>
export type SuggestInput = { families: readonly FamilyAsk[]; busy: readonly Busy[]; now: Date; days?: number; perFamily?: number }

/** A possible visit: its start (epoch ms), length and Shanghai day. */
type Candidate = { start: number; minutes: number; day: string }

/** The format a suggestion uses: the family's first in the usual order (home first), home when they said none. */
export const formatFor = (formats: readonly VisitFormat[]): VisitFormat => VISIT_FORMATS.find((f) => formats.includes(f)) ?? 'home'

/** Every start on the slot grid inside the family's windows over the horizon, in time order. */
export function candidates(family: FamilyAsk, now: Date, days = SUGGEST_DAYS): Candidate[] {
  const windows = family.windows.length ? family.windows : DEFAULT_WINDOWS
  const today = inZone(now).startOf('day')
  const out: Candidate[] = []
  for (let d = 1; d <= days; d++) {
    const date = today.add(d, 'day')
    const kind = date.day() === 0 || date.day() === 6 ? 'weekend' : 'weekday'
    const day = date.format('YYYY-MM-DD')
    const starts = windows.filter((w) => w.days === kind).flatMap((w) => startsIn(w))
    starts.sort((a, b) => a[0] - b[0])
    let last = -1
    for (const [m, minutes] of starts) {
      const start = date.valueOf() + m * 60e3
      if (m === last || start <= now.getTime()) continue // windows of several guardians may overlap
      last = m
      out.push({ start, minutes, day })
    }
  }
  return out
}

const iso = (ms: number) => new Date(ms).toISOString()

/** Calendar slots of candidates, worked out once when first needed (families share most candidates). */
function slotCache() {
  const known = new Map<string, string[]>()
  return (c: Candidate, format: VisitFormat) => {
    const key = `${c.start}:${c.minutes}:${format}`
    let slots = known.get(key)
    if (!slots) known.set(key, (slots = slotStarts({ startAt: iso(c.start), endAt: iso(c.start + c.minutes * 60e3), format })))
    return slots
  }
}

const toOption = (c: Candidate, format: VisitFormat): OptionInput => {
  const at = inZone(c.start)
  return {
    startAt: at.format('YYYY-MM-DDTHH:mm:ssZ'),
    endAt: at.add(c.minutes, 'minute').format('YYYY-MM-DDTHH:mm:ssZ'),
    format,
    place: null,
  }
}

/** [start minute, length] of each visit that fits in one window. */
function startsIn(w: FreeWindow): Array<[number, number]> {
  const from = clockMinutes(w.from)
  const to = clockMinutes(w.to)
  const minutes = Math.min(SUGGEST_MINUTES, to - from)
  if (minutes < SHORTEST_VISIT) return []
  const out: Array<[number, number]> = []
  for (let t = from; t + minutes <= to; t += SLOT_MINUTES) out.push([t, minutes])
  return out
}

/**
 * Up to `perFamily` options per family, keyed by family. Round by round (everyone's first choice,
 * then everyone's second), so that many families each get one before anyone gets three; within a
 * family a new day is preferred to a second time on a day already offered.
 */
export function suggestTimes({ families, busy, now, days = SUGGEST_DAYS, perFamily = SUGGEST_PER_FAMILY }: SuggestInput) {
  const taken = new Set(busy.flatMap((b) => slotStarts(b)))
  const slotsOf = slotCache()
  const pools = families.map((f) => ({
    key: f.key,
    format: formatFor(f.formats),
    pool: candidates(f, now, days),
    chosen: [] as Candidate[],
  }))
  for (let round = 0; round < perFamily; round++) {
    for (const f of pools) {
      const isFree = (c: Candidate) => slotsOf(c, f.format).every((s) => !taken.has(s))
      const pick = f.pool.find((c) => !f.chosen.some((x) => x.day === c.day) && isFree(c)) ?? f.pool.find(isFree)
      if (!pick) continue
      f.chosen.push(pick)
      for (const s of slotsOf(pick, f.format)) taken.add(s)
    }
  }
  const out = new Map<string, OptionInput[]>()
  for (const f of pools)
    out.set(
      f.key,
      f.chosen.sort((a, b) => a.start - b.start).map((c) => toOption(c, f.format)),
    )
  return out
}
