// A school's calendar: its district's school year and semester dates, kept until a district or school is written.
import { DEFAULT_CALENDAR, type Calendar } from '../../core/coverage/calendar'
import type { DocStore } from '../../core/ports/doc-store'
import { repos } from '../repos'
import { stampedCache } from '../routes/roster/stamped-cache'

const kept = stampedCache<Calendar>(['districts', 'schools'], { ttlMs: 60_000, max: 1_000 })

export function calendarOf(store: DocStore, schoolId: string): Promise<Calendar> {
  return kept.get(store, schoolId, async () => {
    const school = await repos(store).schools.get(schoolId)
    const district = school ? await repos(store).districts.get(school.districtId) : null
    return district?.calendar ?? DEFAULT_CALENDAR
  })
}
