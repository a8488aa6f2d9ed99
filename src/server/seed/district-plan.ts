// The shape of a generated district: how big, and how the whole splits into schools. Shared by the
// generator, `npm run bench` and any later figure (dashboards) that needs a district-sized database.
import type { SpecialCategory } from '../../core/model/family.schema'
import type { Random } from './random'

export type DistrictSize = {
  schools: number
  students: number
  families: number
  staff: number
  /** Guardians with a WeChat account bound to their children. */
  parentsOnWeChat: number
  /** Visits of the last school year and of this one, in every state. */
  visits: number
}

/** The district the product is sized for (issue 9). */
export const FULL_DISTRICT: DistrictSize = {
  schools: 50,
  students: 40_000,
  families: 36_000,
  staff: 3_000,
  parentsOnWeChat: 30_000,
  visits: 60_000,
}

/** A tenth of it, for a quick look (`npm run bench -- --quick`). */
export const QUICK_DISTRICT: DistrictSize = {
  schools: 5,
  students: 4_000,
  families: 3_600,
  staff: 300,
  parentsOnWeChat: 3_000,
  visits: 6_000,
}

/** One school's share (the last school takes the remainders). */
export type SchoolSize = DistrictSize & { index: number; stage: 'primary' | 'middle' }

export function schoolSizes(d: DistrictSize): SchoolSize[] {
  const share = (total: number, i: number) => Math.floor(total / d.schools) + (i === d.schools - 1 ? total % d.schools : 0)
  return Array.from({ length: d.schools }, (_, i) => ({
    index: i,
    // About two primary schools for each middle school.
    stage: i % 3 === 2 ? ('middle' as const) : ('primary' as const),
    schools: 1,
    students: share(d.students, i),
    families: share(d.families, i),
    staff: share(d.staff, i),
    parentsOnWeChat: share(d.parentsOnWeChat, i),
    visits: share(d.visits, i),
  }))
}

/**
 * Special categories, roughly as a district in north-west China reports them: about one family in
 * five, left-behind and migrant-worker children the most common, a few families in two categories.
 */
const CATEGORY_ODDS: Array<[SpecialCategory, number]> = [
  ['left_behind', 0.06],
  ['migrant_worker', 0.05],
  ['single_parent', 0.03],
  ['divorced', 0.03],
  ['min_allowance', 0.015],
  ['rural_poor', 0.01],
  ['disabled', 0.003],
  ['extreme_poverty', 0.002],
]

export function pickCategories(r: Random): SpecialCategory[] {
  let roll = r.next()
  for (const [category, odds] of CATEGORY_ODDS) {
    if (roll < odds) {
      // Poverty often comes with another category.
      if ((category === 'left_behind' || category === 'single_parent') && r.chance(0.2)) return [category, 'rural_poor']
      return [category]
    }
    roll -= odds
  }
  return []
}

/** Visits per state, as shares of a school's visits: last year's mostly done, this year's under way. */
export const VISIT_MIX = {
  lastYearCompleted: 0.5,
  lastYearCancelled: 0.03,
  completed: 0.13,
  scheduled: 0.13,
  awaitingParent: 0.1,
  awaitingTeacher: 0.05,
  cancelled: 0.06,
} as const
