// Plain words for visit times (Shanghai) and the chip choices teachers and parents pick from.
import type { VisitFormat } from '../core/model/visit.schema'
import type { OptionInput } from '../core/visit/options.rules'
import { dayjs, inZone, ZONE } from '../core/time'
import { WEEKDAYS, clockWords, dayWords } from '../core/visit/time-words'

export type { VisitFormat }

export { WEEKDAYS, clockWords, dayWords }

type Instant = string | Date

const period = (words: string) => words.replace(/[0-9:]/g, '')

/** 下午3:00–4:00 (a window within one day); the period word is not repeated when it does not change. */
export function hoursWords(startAt: Instant, endAt: Instant): string {
  const from = clockWords(startAt)
  const to = clockWords(endAt)
  return `${from}–${period(from) === period(to) ? to.slice(period(to).length) : to}`
}

/** 12月3日（周四）下午3:00–4:00 */
export function windowWords(startAt: Instant, endAt: Instant): string {
  const sameDay = inZone(startAt).format('YYYY-MM-DD') === inZone(endAt).format('YYYY-MM-DD')
  return sameDay
    ? `${dayWords(startAt)}${hoursWords(startAt, endAt)}`
    : `${dayWords(startAt)}${clockWords(startAt)}–${dayWords(endAt)}${clockWords(endAt)}`
}

/** What the visit will be, said to a parent. */
export const FORMAT_PHRASES: Record<VisitFormat, string> = {
  home: '到家里来看看孩子',
  video: '和您视频聊聊孩子',
  school: '请您到学校或约定的地方见面聊聊孩子',
  group: '和几位家长一起聊聊孩子（分组家访）',
}

/** 老师想在 12月3日（周四）下午3:00–4:00 到家里来看看孩子 */
export function offerSentence(who: string, o: { startAt: string; endAt: string; format: VisitFormat; place?: string | null }): string {
  const place = o.place && o.format !== 'home' ? `（地点：${o.place}）` : ''
  return `${who}想在 ${windowWords(o.startAt, o.endAt)} ${FORMAT_PHRASES[o.format]}${place}`
}

export type DayChip = { value: string; label: string }

/** The next `count` days from today in Shanghai: 今天 11月29日, 明天 11月30日, 周二 12月1日… */
export function dayChips(now: Date, count = 14): DayChip[] {
  const today = inZone(now).startOf('day')
  return Array.from({ length: count }, (_, i) => {
    const d = today.add(i, 'day')
    const name = i === 0 ? '今天' : i === 1 ? '明天' : WEEKDAYS[d.day()]
    return { value: d.format('YYYY-MM-DD'), label: `${name} ${d.month() + 1}月${d.date()}日` }
  })
}

/** 08:00, 08:30 … 20:30 */
export const TIME_CHIPS: string[] = Array.from({ length: 26 }, (_, i) => {
  const minutes = 8 * 60 + i * 30
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${minutes % 60 ? '30' : '00'}`
})

export const DURATION_CHIPS = [30, 45, 60, 90] as const

/** A parent's answer: part of the day first, then one of a few start times in it. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const
export type DayPart = (typeof DAY_PARTS)[number]
export const DAY_PART_LABELS: Record<DayPart, string> = { morning: '上午', afternoon: '下午', evening: '晚上' }
export const PART_TIMES: Record<DayPart, string[]> = {
  morning: ['08:00', '09:00', '10:00', '11:00'],
  afternoon: ['14:00', '15:00', '16:00', '17:00'],
  evening: ['18:00', '18:30', '19:00', '19:30', '20:00'],
}
export const partOf = (time: string | null): DayPart | null => DAY_PARTS.find((p) => time !== null && PART_TIMES[p].includes(time)) ?? null

/** "下午3:00" for a chip time (HH:mm), as a parent says it. */
export const chipWords = (time: string) => clockWords(chipInstant('2026-01-01', time).toDate())

/** Formats a parent may ask for: a group visit is for the school to organise. */
export const PARENT_FORMATS = ['home', 'video', 'school'] as const satisfies readonly VisitFormat[]
export const PARENT_FORMAT_LABELS: Record<(typeof PARENT_FORMATS)[number], string> = { home: '入户', video: '视频', school: '到校' }

/** Length of a window in minutes (the teacher's proposal fixes it for a parent's answer). */
export const minutesOf = (o: { startAt: string; endAt: string }) => Math.round(dayjs(o.endAt).diff(dayjs(o.startAt), 'minute'))

/** A half-filled option while the user taps chips; kept in page state across failed submits. */
export type OptionDraft = { day: string | null; time: string | null; minutes: number | null; format: VisitFormat | null; place: string }
export const emptyDraft = (format: VisitFormat | null = null): OptionDraft => ({ day: null, time: null, minutes: 60, format, place: '' })

export const isDraftComplete = (d: OptionDraft) => d.day !== null && d.time !== null && d.minutes !== null && d.format !== null

/** Start instant of a (day, time) chip pair in Shanghai. */
export const chipInstant = (day: string, time: string) => dayjs.tz(`${day} ${time}`, 'YYYY-MM-DD HH:mm', ZONE)

/** A time chip for today that has already passed is not offered. */
export const isPastChip = (day: string, time: string, now: Date) => !chipInstant(day, time).isAfter(now)

/** What the server expects: ISO instants with the +08:00 offset. */
export function draftToOption(d: OptionDraft): OptionInput | null {
  if (!isDraftComplete(d)) return null
  const start = chipInstant(d.day!, d.time!)
  const place = d.place.trim()
  return {
    startAt: start.format('YYYY-MM-DDTHH:mm:ssZ'),
    endAt: start.add(d.minutes!, 'minute').format('YYYY-MM-DDTHH:mm:ssZ'),
    format: d.format!,
    place: place && d.format !== 'home' ? place : null,
  }
}

/** All drafts as options, or the first problem in plain words (第2个时间还没选好开始时间). */
export function draftsToOptions(drafts: OptionDraft[]): { ok: true; options: OptionInput[] } | { ok: false; message: string } {
  const options: OptionInput[] = []
  for (const [i, d] of drafts.entries()) {
    const missing = !d.day ? '日期' : !d.time ? '开始时间' : !d.minutes ? '时长' : !d.format ? '形式' : null
    if (missing) return { ok: false, message: `第${i + 1}个时间还没选${missing}` }
    options.push(draftToOption(d)!)
  }
  if (options.length === 0) return { ok: false, message: '请至少给出一个时间' }
  return { ok: true, options }
}

/** A short line for a finished draft: 周四 12月3日 15:00 · 60分钟 · 入户 */
export function draftSummary(d: OptionDraft, labels: Record<VisitFormat, string>): string {
  const o = draftToOption(d)
  return o ? `${windowWords(o.startAt, o.endAt)} · ${labels[o.format]}` : '还没选完'
}

/** Shanghai calendar day (YYYY-MM-DD) of an instant, for grouping the agenda. */
export const localDay = (instant: Instant) => inZone(instant).format('YYYY-MM-DD')
