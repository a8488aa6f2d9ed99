// A page of a family list as the leader sees it: children named with their class, who answers for the
// family and why, its claim; and whom a family may be reassigned to. Shared by every scope of the list.
import { OWNER_REASON_LABELS, takesVisits } from '../../../core/coverage/rules'
import { isOnRoll } from '../../../core/model/family.schema'
import type { DocStore } from '../../../core/ports/doc-store'
import { repos } from '../../repos'
import type { Caller } from '../../types'
import type { Row } from './families'
import { canAssign, CLAIM_STATE_LABELS, roleLabel, type schoolStaff, type SchoolContext } from './school'

export const PAGE_SIZE = 20

type Staff = Awaited<ReturnType<typeof schoolStaff>>[number]

/** The page's rows (children named, owner, claim) and whom a family may be reassigned to (empty for who may not). */
export async function listed(store: DocStore, school: SchoolContext, staff: Staff[], picked: Row[], caller: Caller) {
  const kids = picked.length ? await repos(store).students.find({ where: { familyId: { in: picked.map((p) => p.family._id) } }, limit: 100 }) : []
  const staffById = new Map(staff.map((s) => [s._id, s]))
  const rows = picked.map(({ family, claim }) => ({
    familyId: family._id,
    // The children at school now: a sibling who left is no longer why the family is due.
    children: kids
      .filter((k) => k.familyId === family._id && isOnRoll(k))
      .map((k) => ({ name: k.name, className: school.classById.get(k.classId)?.name ?? '' })),
    everySemester: family.special,
    ownerId: family.ownerId,
    ownerName: (family.ownerId && staffById.get(family.ownerId)?.name) || null,
    ownerWhy: family.ownerWhy ? OWNER_REASON_LABELS[family.ownerWhy] : null,
    claim: claim ? { state: CLAIM_STATE_LABELS[claim.state], teacherName: claim.teacherName, startAt: claim.startAt } : null,
  }))
  const choices = canAssign(caller) ? staff.filter(takesVisits).map((s) => ({ staffId: s._id, name: s.name, role: roleLabel(s) })) : []
  return { rows, choices: choices.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')) }
}
