// The teacher's agenda, a week at a time: seven Shanghai days from today, or as many weeks before or
// after it (visits can be agreed months ahead; the propose picker alone offers 14 days).
import type { AgendaVisit } from '@/core/contract/visits-list.contract'
import { inZone } from '@/core/time'
import { localDay, WEEKDAYS } from '@/client/visit-time'

/** date: as shown in the strip ("8", "12/1"); spoken: the whole date ("12月8日"). */
export type StripDay = { value: string; name: string; date: string; spoken: string; visits: AgendaVisit[] }

const firstDay = (now: Date, offset: number) =>
  inZone(now)
    .startOf('day')
    .add(offset * 7, 'day')

/** The week's first day (YYYY-MM-DD), as myAgenda's `from`. */
export const weekFrom = (now: Date, offset: number) => firstDay(now, offset).format('YYYY-MM-DD')

/** 12月8日–12月14日 */
export function weekLabel(now: Date, offset: number): string {
  const from = firstDay(now, offset)
  const to = from.add(6, 'day')
  return `${from.month() + 1}月${from.date()}日–${to.month() + 1}月${to.date()}日`
}

/** The week's days, each with its agreed visits in time order; 今天 / 明天 named only in the first week. */
export function weekDays(now: Date, offset: number, visits: AgendaVisit[]): StripDay[] {
  const from = firstDay(now, offset)
  const agreed = visits
    .filter((v) => v.status === 'scheduled' && v.agreed)
    .sort((a, b) => a.agreed!.option.startAt.localeCompare(b.agreed!.option.startAt))
  return Array.from({ length: 7 }, (_, i) => {
    const d = from.add(i, 'day')
    const value = d.format('YYYY-MM-DD')
    const n = offset * 7 + i
    return {
      value,
      name: n === 0 ? '今天' : n === 1 ? '明天' : WEEKDAYS[d.day()]!,
      // The week's label carries the months; a day shows its month only where one begins ("12/1").
      date: d.date() === 1 ? `${d.month() + 1}/1` : String(d.date()),
      spoken: `${d.month() + 1}月${d.date()}日`,
      visits: agreed.filter((v) => localDay(v.agreed!.option.startAt) === value),
    }
  })
}

/** The day to show when a week opens: the first with a visit, else its first day. */
export const openingDay = (days: StripDay[]) => (days.find((d) => d.visits.length > 0) ?? days[0]!).value

/** 等您回复 and 等家长回复: two different jobs, never one count. */
export function waitingGroups<V extends Pick<AgendaVisit, 'status'>>(visits: V[]) {
  return {
    mine: visits.filter((v) => v.status === 'awaiting_teacher'),
    parents: visits.filter((v) => v.status === 'awaiting_parent'),
  }
}
