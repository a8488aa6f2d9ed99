// Which active special families are in which category, per school: the categories are sealed in
// family_sensitive, so the database cannot group by them; the coverage refresh keeps this one sealed
// document (id = schoolId) instead, and the dashboard counts held claims against its id lists.
import { z } from 'zod'
import { DocBase } from '../model/base.schema'
import { SPECIAL_CATEGORIES, SPECIAL_CATEGORY_LABELS, type SpecialCategory } from '../model/family.schema'
import { rateOf } from '../survey/figures'

/**
 * Families whose guardian withdrew consent to their categories being used (the family page hides them
 * too): counted apart, under no category, so no list can name them with one. Still due every semester.
 */
export const WITHHELD = 'withheld'
const KEYS = [...SPECIAL_CATEGORIES, WITHHELD] as const
type Key = (typeof KEYS)[number]
export type Members = Partial<Record<Key, string[]>>

export const SpecialMembersSchema = DocBase.extend({
  schoolId: z.string(),
  /** Category (or `withheld`) → ids of the school's active special families in it (sorted); sealed at rest. */
  members: z.partialRecord(z.enum(KEYS), z.array(z.string())),
  at: z.string(),
})
export type SpecialMembers = z.infer<typeof SpecialMembersSchema>

/** One family as the refresh sees it: whether it is still due, its categories (sealed source), consent withdrawn. */
export type MemberFacts = { familyId: string; active: boolean; categories: readonly string[]; withheld: boolean }

const isCategory = (c: string): c is SpecialCategory => (SPECIAL_CATEGORIES as readonly string[]).includes(c)

/** The members map of exactly these families: active ones under each of their categories. */
export function membersOf(facts: readonly MemberFacts[]): Members {
  const out: Members = {}
  for (const f of facts) {
    const categories = [...new Set(f.categories)].filter(isCategory)
    if (!f.active || categories.length === 0) continue
    if (f.withheld) (out[WITHHELD] ??= []).push(f.familyId)
    else for (const c of categories) (out[c] ??= []).push(f.familyId)
  }
  return normalized(out)
}

/** `current` with the entries of `familyIds` replaced by what `facts` says of them (a partial refresh). */
export function mergeMembers(current: Members, familyIds: readonly string[], facts: readonly MemberFacts[]): Members {
  const gone = new Set(familyIds)
  const fresh = membersOf(facts)
  const out: Members = {}
  for (const c of KEYS) {
    const ids = [...(current[c] ?? []).filter((id) => !gone.has(id)), ...(fresh[c] ?? [])]
    if (ids.length) out[c] = ids
  }
  return normalized(out)
}

/** Sorted, without duplicates or empty lists, in category order: equal maps compare equal as JSON. */
function normalized(m: Members): Members {
  const out: Members = {}
  for (const c of KEYS) {
    const ids = [...new Set(m[c] ?? [])].sort()
    if (ids.length) out[c] = ids
  }
  return out
}

export const sameMembers = (a: Members, b: Members) => JSON.stringify(normalized(a)) === JSON.stringify(normalized(b))

export type CategoryRow = { key: Key; label: string; required: number; visited: number; notVisited: number; rate: number | null }
const LABELS: Record<Key, string> = { ...SPECIAL_CATEGORY_LABELS, [WITHHELD]: '未同意使用类别信息' }

/**
 * Each category's families due this semester and how many had a visit held (the board's `held`: the
 * caller passes the ids counted held). A family in two categories counts in both. Every category, then
 * the families whose consent was withdrawn when there are any.
 */
export function categoryRows(members: Members, held: ReadonlySet<string>): CategoryRow[] {
  const keys = members[WITHHELD]?.length ? KEYS : SPECIAL_CATEGORIES
  return keys.map((key) => {
    const ids = members[key] ?? []
    const visited = ids.filter((id) => held.has(id)).length
    return {
      key,
      label: LABELS[key],
      required: ids.length,
      visited,
      notVisited: ids.length - visited,
      rate: rateOf({ numerator: visited, denominator: ids.length }),
    }
  })
}
