// Who looks after a demo family: grandparents for a left-behind child, one parent after a separation,
// otherwise both parents and sometimes a grandmother.
import type { Relation, SpecialCategory } from '../../core/model/family.schema'
import type { Random } from './random'

export function guardianPlan(r: Random, categories: SpecialCategory[]): Array<[Relation, 'M' | 'F', boolean]> {
  if (categories.includes('left_behind'))
    return [
      ['grandfather', 'M', true],
      ['grandmother', 'F', true],
    ]
  if (categories.includes('single_parent') || categories.includes('divorced'))
    return [[r.chance(0.6) ? 'mother' : 'father', r.chance(0.6) ? 'F' : 'M', false]]
  const plan: Array<[Relation, 'M' | 'F', boolean]> = [
    ['mother', 'F', false],
    ['father', 'M', false],
  ]
  if (r.chance(0.25)) plan.push(['maternal_grandmother', 'F', true])
  return plan
}
