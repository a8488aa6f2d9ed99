// Proposed time windows: validated in Shanghai time, stored as UTC instants.
import { z } from 'zod'
import { err, ok, type Err, type Result } from '../result'
import { choice, instant, text } from '../contract/fields'
import { VISIT_FORMATS, type VisitOption } from '../model/visit.schema'
import { inZone } from '../time'

export const MAX_OPTIONS = 4
export const SLOT_MINUTES = 15
const SLOT_MS = SLOT_MINUTES * 60e3
/** Travel time kept free around a home visit. */
export const HOME_BUFFER_MINUTES = 15
/** Visits are agreed for this school year, not the next: nothing further ahead than this. */
export const MAX_MONTHS_AHEAD = 12

export const OptionInputSchema = z
  .object({
    startAt: instant('开始时间'),
    endAt: instant('结束时间'),
    format: choice(VISIT_FORMATS, '家访形式'),
    place: text(50, '地点').nullable().default(null),
  })
  .strict()
export type OptionInput = z.infer<typeof OptionInputSchema>
export const OptionListSchema = z.array(OptionInputSchema).min(1, '请至少给出一个时间').max(MAX_OPTIONS, `最多给出${MAX_OPTIONS}个时间`)

/** Check windows (future, within a year, 15 min – 4 h, 5-minute grid, no duplicates) and give each a stable id. */
export function normaliseOptions(
  inputs: OptionInput[],
  now: Date,
  opts: { homeAllowed: boolean; idPrefix: string },
): Result<VisitOption[]> {
  const out: VisitOption[] = []
  for (const [i, o] of inputs.entries()) {
    const n = `第${i + 1}个时间`
    const refused = checkWindow(o, now, n)
    if (refused) return refused
    if (o.format === 'home' && !opts.homeAllowed) return err('VISIT.HOME_DECLINED', '家长已选择不入户家访，请改用视频、到校或分组家访')
    const option = {
      id: `${opts.idPrefix}-${i + 1}`,
      startAt: new Date(o.startAt).toISOString(),
      endAt: new Date(o.endAt).toISOString(),
      format: o.format,
      place: o.place,
    }
    if (out.some((x) => x.startAt === option.startAt && x.format === option.format))
      return err('VISIT.DUPLICATE_OPTION', `${n}与前面的时间重复`)
    out.push(option)
  }
  return ok(out)
}

const MINUTE_MS = 60e3
/** Twelve months never span fewer days than this: only a time beyond it needs the calendar's months. */
const SURELY_WITHIN_MS = 364 * 24 * 60 * MINUTE_MS

// Instants (inputs carry their offset) compared in milliseconds: every proposal checks each window.
function checkWindow(o: OptionInput, now: Date, n: string): Err | null {
  const start = Date.parse(o.startAt)
  const end = Date.parse(o.endAt)
  if (start <= now.getTime()) return err('VISIT.PAST', `${n}已经过去，请选择以后的时间`)
  if (start - now.getTime() > SURELY_WITHIN_MS && inZone(start).isAfter(inZone(now).add(MAX_MONTHS_AHEAD, 'month')))
    return err('VISIT.TOO_FAR', `${n}太远了，请选择${MAX_MONTHS_AHEAD}个月以内的时间`)
  const minutes = (end - start) / MINUTE_MS
  if (minutes < 15 || minutes > 240) return err('VISIT.BAD_WINDOW', `${n}的时长应在15分钟到4小时之间`)
  // The 5-minute grid a teacher sees in Shanghai (a whole-hour offset) is the same grid in UTC.
  if (start % (5 * MINUTE_MS) !== 0 || end % (5 * MINUTE_MS) !== 0) return err('VISIT.BAD_WINDOW', `${n}请按5分钟取整`)
  return null
}

/** Fixed 15-minute slots an agreed visit occupies in the teacher's calendar, travel buffer included. */
export function slotStarts(option: Pick<VisitOption, 'startAt' | 'endAt' | 'format'>): string[] {
  const buffer = option.format === 'home' ? HOME_BUFFER_MINUTES * 60e3 : 0
  const to = Date.parse(option.endAt) + buffer
  const out: string[] = []
  for (let t = Math.floor((Date.parse(option.startAt) - buffer) / SLOT_MS) * SLOT_MS; t < to; t += SLOT_MS)
    out.push(new Date(t).toISOString())
  return out
}

/** The same teacher's group visits (分组家访) agreed for the same start are one session: they share the time. */
export const sameGroupSession = (a: Pick<VisitOption, 'startAt' | 'format'>, b: Pick<VisitOption, 'startAt' | 'format'>) =>
  a.format === 'group' && b.format === 'group' && Date.parse(a.startAt) === Date.parse(b.startAt)

export function clashes(
  a: Pick<VisitOption, 'startAt' | 'endAt' | 'format'>,
  b: Pick<VisitOption, 'startAt' | 'endAt' | 'format'>,
): boolean {
  if (sameGroupSession(a, b)) return false
  // The same slots as slotStarts, as ranges of slot numbers: no dates made (a proposal checks many).
  const [a0, a1] = slotRange(a)
  const [b0, b1] = slotRange(b)
  return a0 < a1 && b0 < b1 && a0 < b1 && b0 < a1
}

/** [first, after last) slot number: slots are whole quarter hours in any zone with whole-hour offsets (Asia/Shanghai). */
function slotRange(option: Pick<VisitOption, 'startAt' | 'endAt' | 'format'>): [number, number] {
  const buffer = option.format === 'home' ? HOME_BUFFER_MINUTES * 60e3 : 0
  return [Math.floor((Date.parse(option.startAt) - buffer) / SLOT_MS), Math.ceil((Date.parse(option.endAt) + buffer) / SLOT_MS)]
}
