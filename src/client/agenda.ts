// The teacher's week strip: 7 Shanghai days from today, each with its agreed visits in time order.
import type { AgendaVisit } from '../core/contract/visits-list.contract'
import { inZone } from '../core/time'
import { localDay, WEEKDAYS } from './visit-time'

export type StripDay = { value: string; name: string; date: string; visits: AgendaVisit[] }

export function weekStrip(now: Date, visits: AgendaVisit[]): StripDay[] {
  const today = inZone(now).startOf('day')
  const agreed = visits
    .filter((v) => v.status === 'scheduled' && v.agreed)
    .sort((a, b) => a.agreed!.option.startAt.localeCompare(b.agreed!.option.startAt))
  return Array.from({ length: 7 }, (_, i) => {
    const d = today.add(i, 'day')
    const value = d.format('YYYY-MM-DD')
    return {
      value,
      name: i === 0 ? '今天' : i === 1 ? '明天' : WEEKDAYS[d.day()]!,
      date: `${d.month() + 1}/${d.date()}`,
      visits: agreed.filter((v) => localDay(v.agreed!.option.startAt) === value),
    }
  })
}

/** The one thing a parent should see first: a proposal to answer, else the next agreed visit. */
export function pickWaiting<V extends Pick<AgendaVisit, 'status' | 'agreed'>>(visits: V[], now: Date): V | null {
  const answer = visits.find((v) => v.status === 'awaiting_parent')
  if (answer) return answer
  const upcoming = visits
    .filter((v) => v.status === 'scheduled' && v.agreed && v.agreed.option.endAt > now.toISOString())
    .sort((a, b) => a.agreed!.option.startAt.localeCompare(b.agreed!.option.startAt))
  return upcoming[0] ?? null
}
