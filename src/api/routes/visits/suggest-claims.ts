// Before suggesting times: which of the families is already claimed for the period the visit would
// fall in (one teacher per family per period), so the page says so instead of offering times.
import { periodOfVisit } from '../../../core/coverage/calendar'
import type { DocStore } from '../../../core/ports/doc-store'
import { calendarOf } from '../../coverage/calendar'
import { repos } from '../../repos'
import { claimId } from './access'

export type Claimed = { by: string; mine: boolean }

/** Claims by family id, for the period a visit tomorrow would count for (two reads, whatever the number of families). */
export async function claimsOf(store: DocStore, schoolId: string, familyIds: string[], staffId: string, now: Date) {
  const r = repos(store)
  if (familyIds.length === 0) return new Map<string, Claimed>()
  const [families, calendar] = await Promise.all([r.families.getMany(familyIds), calendarOf(store, schoolId)])
  const tomorrow = new Date(now.getTime() + 24 * 3600e3)
  const ids = families.map((f) => claimId(f._id, periodOfVisit(calendar, f.special, tomorrow).id))
  const claims = await r.familyClaims.getMany(ids)
  return new Map(claims.map((c) => [c.familyId, { by: c.teacherName, mine: c.teacherId === staffId }]))
}
