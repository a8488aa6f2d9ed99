// Special families this semester by category: one read of the school's sealed special-members document
// and two grouped counts of this semester's held claims by family, whatever the school's size. Counts
// only, no family named: no audit entry (the tap-through list audits as it always does). Shared by the
// dashboard and the school's report, as tallies.ts is.
import type { Periods } from '../../../core/coverage/calendar'
import { categoryRows, type CategoryRow } from '../../../core/coverage/special-members'
import type { DocStore } from '../../../core/ports/doc-store'
import { refreshFamilies } from '../../coverage/refresh'
import { specialMembersOf } from '../../coverage/special-members'
import { heldCountsBy } from './tallies'

export async function specialByCategory(store: DocStore, schoolId: string, periods: Periods, now: Date): Promise<CategoryRow[]> {
  const [doc, counts] = await Promise.all([
    membersOrBuild(store, schoolId, now),
    heldCountsBy(store, 'familyId', { schoolId, periodId: periods.semester.id }, now),
  ])
  const held = new Set(counts.flatMap((c) => Object.keys(c)))
  return categoryRows(doc?.members ?? {}, held)
}

/**
 * Schools whose roster was refreshed before the document existed get it on their first read: one
 * whole-school refresh (idempotent, as after an import), not a migration, because a migration patches
 * one stored document at a time and this one is built from the whole roster and its sealed categories.
 */
async function membersOrBuild(store: DocStore, schoolId: string, now: Date) {
  const doc = await specialMembersOf(store).get(schoolId)
  if (doc) return doc
  await refreshFamilies(store, schoolId, now)
  return specialMembersOf(store).get(schoolId)
}
