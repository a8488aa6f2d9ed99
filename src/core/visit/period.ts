import { semesterOf } from '../time'

/**
 * Policy §四(二): special-category families are due once per semester, every family once per school
 * year. The period a visit counts for decides which family claim it takes.
 */
export function periodFor(isSpecialFamily: boolean, now: Date): string {
  const s = semesterOf(now)
  return isSpecialFamily ? s.id : `${s.schoolYear}-year`
}
