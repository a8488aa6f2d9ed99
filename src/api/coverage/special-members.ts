// The school's special-members document (category → active special families), written by the coverage
// refresh. A whole-school refresh replaces it; a partial one replaces only its families' entries. Both
// are a compare-and-set on `_v` (an insert when there is none yet), retried on a concurrent write, so two
// partial refreshes at once both land. Unchanged content is not written: running again changes nothing.
// A whole-school refresh that read the roster before a partial one wrote may undo it; the next refresh
// of either kind converges (as for the families' own facts).
import { mergeMembers, membersOf, sameMembers, SpecialMembersSchema, type MemberFacts, type Members } from '../../core/coverage/special-members'
import type { DocStore } from '../../core/ports/doc-store'
import { typedRepo } from '../../core/ports/typed-repo'
import { repos } from '../repos'

const MAX_TRIES = 8

export const specialMembersOf = (store: DocStore) => typedRepo(store, 'special_members', SpecialMembersSchema)

/** A family's entry facts from its sealed record (none: no category). */
export const memberFacts = (familyId: string, active: boolean, s: { categories: readonly string[]; withdrawnBy: readonly string[] } | undefined): MemberFacts => ({
  familyId,
  active,
  categories: s?.categories ?? [],
  withheld: (s?.withdrawnBy.length ?? 0) > 0,
})

/**
 * One family's entry again, after its guardian gave or withdrew consent to its categories or for a repair
 * marker (member-repairs.ts): its stored coverage facts (`active`) and sealed record, without recomputing
 * the school's roster. A family no longer on file leaves every list.
 */
export async function refreshMember(store: DocStore, schoolId: string, familyId: string, now: Date): Promise<void> {
  const r = repos(store)
  const [family, sensitive] = await Promise.all([r.families.get(familyId), r.sensitive.get(familyId)])
  const facts = family ? [memberFacts(familyId, family.active, sensitive ?? undefined)] : []
  await writeSpecialMembers(store, schoolId, now, facts, [familyId])
}

/** Whole school (`familyIds` absent) or just those families; throws only if it never wins the race. */
export async function writeSpecialMembers(
  store: DocStore,
  schoolId: string,
  now: Date,
  facts: readonly MemberFacts[],
  familyIds?: readonly string[],
): Promise<void> {
  const repo = specialMembersOf(store)
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const current = await repo.get(schoolId)
    // A few families cannot make a whole school's document: the first dashboard read builds it (ensure…).
    if (!current && familyIds) return
    const members: Members = familyIds ? mergeMembers(current?.members ?? {}, familyIds, facts) : membersOf(facts)
    if (current && sameMembers(current.members, members)) return
    const at = now.toISOString()
    const written = current
      ? await repo.update(schoolId, { members, at }, current._v)
      : (await repo.insert({ _id: schoolId, schoolId, members, at })) === 'ok'
    if (written) return
  }
  throw new Error('special members: too many concurrent writes')
}
