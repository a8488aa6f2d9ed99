// Held visits this school year and semester by format: two grouped counts on the claims' format index
// (completed or confirmed; agreed and begun), whatever the school's size.
import type { Periods } from '../../../../core/coverage/calendar'
import type { DocStore } from '../../../../core/ports/doc-store'
import { formatRows, type FormatRow } from '../../../../core/reports/formats'
import { heldCountsBy } from '../../coverage/tallies'

export async function heldByFormat(store: DocStore, schoolId: string, periods: Periods, now: Date): Promise<FormatRow[]> {
  return formatRows(await heldCountsBy(store, 'format', { schoolId, periodId: { in: [periods.semester.id, periods.year.id] } }, now))
}
