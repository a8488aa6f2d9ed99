// A family whose children have all left has nobody to follow up: its open plan follow-ups are closed
// when the roster settles (done, closedWhy 'left', which the archive shows as 学生已离校), so they leave
// the owner's lists. A family with a child still on roll keeps them open. Compare-and-set, in pages; a
// retried step finds nothing open and writes nothing.
import { isOnRoll, type Student } from '../../core/model/family.schema'
import type { FollowUp } from '../../core/model/record.schema'
import { MAX_PAGE, type DocStore } from '../../core/ports/doc-store'
import { writes } from '../../core/ports/writes'
import { chunks } from '../notify/batches'
import { repos } from '../repos'
import { settleStep } from './settle-step'

/** Families per read of their children: a family has a few children, so a page holds them all. */
const FAMILIES_PER_READ = 20

/** Of the leavers' families, those with no child on roll (reads in parallel: constant depth). */
async function familiesAllLeft(store: DocStore, leavers: readonly string[]): Promise<string[]> {
  const r = repos(store)
  const left = (await Promise.all(chunks([...leavers]).map((ids) => r.students.getMany(ids)))).flat()
  const familyIds = [...new Set(left.map((s) => s.familyId))]
  const reads = chunks(familyIds, FAMILIES_PER_READ).map((ids) => r.students.find({ where: { familyId: { in: ids } }, limit: MAX_PAGE }))
  const children: Student[] = (await Promise.all(reads)).flat()
  return familyIds.filter((f) => !children.some((c) => c.familyId === f && isOnRoll(c)))
}

const close = (f: FollowUp) => writes.update('follow_ups', f._id, { done: true, closedWhy: 'left' }, f._v)

/** Closes the open follow-ups of the leavers' families none of whose children is on roll; answers how many. */
export async function closeLeftFollowUps(store: DocStore, leavers: readonly string[]): Promise<number> {
  let closed = 0
  for (const familyIds of chunks(await familiesAllLeft(store, leavers))) {
    const plan = async () =>
      (await repos(store).follow_ups.find({ where: { familyId: { in: familyIds }, done: false }, limit: MAX_PAGE })).map(close)
    // Page by page: a follow-up closed is no longer open, so each read is the next page.
    let written: number
    do closed += written = await settleStep(store, "closing a left family's follow-ups", plan)
    while (written === MAX_PAGE)
  }
  return closed
}
