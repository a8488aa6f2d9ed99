// The dashboard's weekly trend: one count of the semester's (and year's) claims by state per point,
// bounded by the agreed start — at most MAX_POINTS counts whatever the school's size.
import type { Periods } from '../../../../core/coverage/calendar'
import type { DocStore } from '../../../../core/ports/doc-store'
import { trendOf, trendPoints, type Trend } from '../../../../core/reports/trend'

export async function weeklyTrend(store: DocStore, schoolId: string, periods: Periods, required: number, now: Date): Promise<Trend> {
  const points = trendPoints(periods.semester, now)
  const where = { schoolId, periodId: { in: [periods.semester.id, periods.year.id] }, state: { in: ['completed', 'confirmed'] } }
  const counts = await Promise.all(
    points.map((p) => (p.counted ? store.countBy('claims', 'state', { ...where, startAt: { lt: p.before } }) : Promise.resolve(null))),
  )
  return trendOf(points, counts, required, periods.semester)
}
