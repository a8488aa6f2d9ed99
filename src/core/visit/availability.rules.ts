// When a family is usually free for a visit: the parent's input rules, the ready-made windows a
// grandparent taps, and the words a teacher reads ("家长方便：工作日晚上19:00后；视频").
import { z } from 'zod'
import { choice } from '../contract/fields'
import { AVAILABILITY_DAYS, type AvailabilityDays, type FreeWindow } from '../model/availability.schema'
import { VISIT_FORMAT_LABELS, VISIT_FORMATS, type VisitFormat } from '../model/visit.schema'

export const MAX_WINDOWS = 6
/** Nobody is visited before 7:00 or after 22:00. */
export const EARLIEST_FREE = '07:00'
export const LATEST_FREE = '22:00'

/** Minutes since midnight of an HH:mm clock time. */
export const clockMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))

const clock = (label: string) =>
  z
    .string({ error: () => `请选择${label}` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}格式不正确，请重新选择`)
    .refine((t) => clockMinutes(t) % 5 === 0, `${label}请按5分钟取整`)
    .refine((t) => t >= EARLIEST_FREE && t <= LATEST_FREE, `${label}应在早上7:00到晚上10:00之间`)

export const FreeWindowInputSchema = z
  .object({ days: choice(AVAILABILITY_DAYS, '工作日还是周末'), from: clock('开始时间'), to: clock('结束时间') })
  .strict()
  .refine((w) => w.from < w.to, '结束时间要晚于开始时间，请重新选择')

const sameWindow = (a: FreeWindow, b: FreeWindow) => a.days === b.days && a.from === b.from && a.to === b.to

export const FreeWindowListSchema = z
  .array(FreeWindowInputSchema)
  .max(MAX_WINDOWS, `最多选${MAX_WINDOWS}个时间段`)
  .refine((ws) => ws.every((w, i) => !ws.slice(0, i).some((x) => sameWindow(x, w))), '有两个时间段是一样的，请删掉一个')

export const FormatListSchema = z
  .array(choice(VISIT_FORMATS, '家访形式'))
  .min(1, '请至少选一种家访形式')
  .max(VISIT_FORMATS.length, '家访形式重复了，请重新选择')
  .refine((fs) => new Set(fs).size === fs.length, '家访形式重复了，请重新选择')

/** The windows a parent taps: name and hours on the chip, words in the teacher's summary. */
export const WINDOW_PRESETS = [
  {
    key: 'weekday_evening',
    days: 'weekday',
    from: '19:00',
    to: '21:00',
    name: '工作日晚上',
    hours: '19:00 以后',
    words: '工作日晚上19:00后',
  },
  {
    key: 'weekday_after_work',
    days: 'weekday',
    from: '17:30',
    to: '19:00',
    name: '工作日下班后',
    hours: '17:30–19:00',
    words: '工作日17:30–19:00',
  },
  { key: 'weekday_noon', days: 'weekday', from: '12:00', to: '13:30', name: '工作日中午', hours: '12:00–13:30', words: '工作日中午' },
  { key: 'weekend_morning', days: 'weekend', from: '09:00', to: '12:00', name: '周末上午', hours: '9:00–12:00', words: '周末上午' },
  { key: 'weekend_afternoon', days: 'weekend', from: '14:00', to: '17:30', name: '周末下午', hours: '14:00–17:30', words: '周末下午' },
  { key: 'weekend_evening', days: 'weekend', from: '19:00', to: '21:00', name: '周末晚上', hours: '19:00 以后', words: '周末晚上' },
] as const satisfies ReadonlyArray<FreeWindow & { key: string; name: string; hours: string; words: string }>

/** What suggestions assume for a family that said nothing. */
export const DEFAULT_WINDOWS: readonly FreeWindow[] = [
  { days: 'weekday', from: '19:00', to: '20:30' },
  { days: 'weekend', from: '09:00', to: '11:30' },
]

export const DAYS_LABELS: Record<AvailabilityDays, string> = { weekday: '工作日', weekend: '周末' }
/** Format names as a parent picks them. */
export const FREE_FORMAT_LABELS: Record<VisitFormat, string> = { ...VISIT_FORMAT_LABELS, school: '到校' }

export const presetOf = (w: FreeWindow) => WINDOW_PRESETS.find((p) => sameWindow(p, w)) ?? null

/** 工作日晚上19:00后 / 周末18:00–20:00 */
export const freeWindowWords = (w: FreeWindow) => presetOf(w)?.words ?? `${DAYS_LABELS[w.days]}${w.from}–${w.to}`

/** Windows and formats of several guardians of one family, as one: each once, in a stable order. */
export function unionAvailability(all: ReadonlyArray<{ windows: FreeWindow[]; formats: VisitFormat[] }>) {
  const windows: FreeWindow[] = []
  for (const w of all.flatMap((a) => a.windows)) if (!windows.some((x) => sameWindow(x, w))) windows.push(w)
  windows.sort((a, b) => a.days.localeCompare(b.days) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to))
  const formats = VISIT_FORMATS.filter((f) => all.some((a) => a.formats.includes(f)))
  return { windows, formats }
}

/** The windows and formats in words: "工作日晚上19:00后、周末上午；视频". */
export function freeWords(a: { windows: FreeWindow[]; formats: VisitFormat[] }): string {
  const when = a.windows.length ? a.windows.map(freeWindowWords).join('、') : '时间不限'
  const how = a.formats.map((f) => FREE_FORMAT_LABELS[f]).join('、')
  return `${when}${how ? `；${how}` : ''}`
}

/** What a teacher reads about a family: "家长方便：工作日晚上19:00后、周末上午；视频". */
export function availabilityWords(a: { windows: FreeWindow[]; formats: VisitFormat[] } | null): string {
  if (!a || (a.windows.length === 0 && a.formats.length === 0)) return '家长还没有说方便的时间（按工作日晚上、周末上午建议）'
  return `家长方便：${freeWords(a)}`
}
