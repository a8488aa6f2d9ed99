// This school year's periods under a calendar, as label and dates.
import { periodsOn, type Calendar } from '@/core/coverage/calendar'
import { dayjs } from '@/core/time'
import type { KeyValue } from '@/client/ui/key-values'

const words = (d: string) => dayjs(`${d}T12:00:00Z`).format('YYYY年M月D日')
const span = (p: { first: string; last: string }) => `${words(p.first)}–${words(p.last)}`

export function semesterDates(cal: Calendar, today: string): KeyValue[] {
  const now = periodsOn(cal, today)
  const autumn = periodsOn(cal, now.year.first).semester
  const spring = periodsOn(cal, now.year.last).semester
  return [
    { key: '学年', value: span(now.year) },
    { key: '秋季学期', value: span(autumn) },
    { key: '春季学期', value: span(spring) },
  ]
}
