// Which active special families are in which category, per school: the categories are sealed in
// family_sensitive, so the database cannot group by them; the coverage refresh keeps this one sealed
// document (id = schoolId) instead, and the dashboard counts held claims against its id lists.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { SPECIAL_CATEGORIES, SPECIAL_CATEGORY_LABELS, SpecialCategorySchema, type SpecialCategory } from '../model/family.schema'
import { rateOf } from '../survey/figures'

export type Members = Partial<Record<SpecialCategory, string[]>>

export const SpecialMembersSchema = DocBase.extend({
  schoolId: z.string(),
  /** Category → ids of the school's active families in it (sorted); sealed at rest. */
  members: z.partialRecord(SpecialCategorySchema, z.array(z.string())),
  at: z.string(),
})
export type SpecialMembers = z.infer<typeof SpecialMembersSchema>

/** One family as the refresh sees it: whether it is still due, and its categories (sealed source). */
export type MemberFacts = { familyId: string; active: boolean; categories: readonly string[] }

const isCategory = (c: string): c is SpecialCategory => (SPECIAL_CATEGORIES as readonly string[]).includes(c)

/** The members map of exactly these families: active ones under each of their categories. */
export function membersOf(facts: readonly MemberFacts[]): Members {
  const out: Members = {}
  for (const f of facts) {
    if (!f.active) continue
    for (const c of new Set(f.categories)) if (isCategory(c)) (out[c] ??= []).push(f.familyId)
  }
  return normalized(out)
}

/** `current` with the entries of `familyIds` replaced by what `facts` says of them (a partial refresh). */
export function mergeMembers(current: Members, familyIds: readonly string[], facts: readonly MemberFacts[]): Members {
  const gone = new Set(familyIds)
  const fresh = membersOf(facts)
  const out: Members = {}
  for (const c of SPECIAL_CATEGORIES) {
    const ids = [...(current[c] ?? []).filter((id) => !gone.has(id)), ...(fresh[c] ?? [])]
    if (ids.length) out[c] = ids
  }
  return normalized(out)
}

/** Sorted, without duplicates or empty lists, in category order: equal maps compare equal as JSON. */
function normalized(m: Members): Members {
  const out: Members = {}
  for (const c of SPECIAL_CATEGORIES) {
    const ids = [...new Set(m[c] ?? [])].sort()
    if (ids.length) out[c] = ids
  }
  return out
}

export const sameMembers = (a: Members, b: Members) => JSON.stringify(normalized(a)) === JSON.stringify(normalized(b))

export type CategoryRow = { key: SpecialCategory; label: string; required: number; visited: number; notVisited: number; rate: number | null }

/**
 * Each category's families due this semester and how many had a visit held (the board's `held`: the
 * caller passes the ids counted held). A family in two categories counts in both.
 */
export function categoryRows(members: Members, held: ReadonlySet<string>): CategoryRow[] {
  return SPECIAL_CATEGORIES.map((key) => {
    const ids = members[key] ?? []
    const visited = ids.filter((id) => held.has(id)).length
    return {
      key,
      label: SPECIAL_CATEGORY_LABELS[key],
      required: ids.length,
      visited,
      notVisited: ids.length - visited,
      rate: rateOf({ numerator: visited, denominator: ids.length }),
    }
  })
}
