// 进度趋势: completed and confirmed visits (cumulative) week by week through the current semester,
// against what is required and the semester's end. One bounded range count per point, at most MAX_POINTS.
import { dayjs, inZone } from '../time'
import type { Period } from '../coverage/calendar'

export const MAX_POINTS = 20
const DAY_MS = 24 * 3600 * 1000

/** One point of the trend: the instant it counts up to, and its label (the Shanghai date of its last day). */
export type TrendPoint = { label: string; before: string; counted: boolean }

/** Week ends from the semester's first day to its end; weeks merge in twos (threes...) to stay within MAX_POINTS. */
export function trendPoints(semester: Period, now: Date): TrendPoint[] {
  const start = dayjs(`${semester.first}T00:00:00+08:00`)
  const end = dayjs(`${semester.last}T00:00:00+08:00`).add(1, 'day')
  const weeks = Math.ceil(end.diff(start) / (7 * DAY_MS))
  const step = Math.max(1, Math.ceil(weeks / MAX_POINTS))
  const out: TrendPoint[] = []
  for (let w = step; w < weeks + step; w += step) {
    const at = w >= weeks ? end : start.add(w * 7, 'day')
    const label = inZone(at.valueOf() - 1).format('M/D')
    // A point whose period has begun is counted; later ones stay empty on the chart.
    out.push({ label, before: at.toISOString(), counted: at.valueOf() - step * 7 * DAY_MS <= now.getTime() })
  }
  return out
}

export type TrendRow = { label: string; completed: number | null; confirmed: number | null }
export type Trend = { required: number; deadline: string; rows: TrendRow[] }

/** Counts per point (completed includes confirmed, as the board counts them), capped at what is required. */
export function trendOf(
  points: readonly TrendPoint[],
  counts: ReadonlyArray<Record<string, number> | null>,
  required: number,
  semester: Period,
): Trend {
  const rows = points.map((p, i) => {
    const c = counts[i]
    if (!p.counted || !c) return { label: p.label, completed: null, confirmed: null }
    const confirmed = c.confirmed ?? 0
    const completed = Math.min(confirmed + (c.completed ?? 0), required)
    return { label: p.label, completed, confirmed: Math.min(confirmed, completed) }
  })
  return { required, deadline: semester.last, rows }
}
