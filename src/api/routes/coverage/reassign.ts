// A leader gives one family's visit this school year to another colleague: recorded on the family
// (compare-and-set), then its owner recomputed, so worklists follow at once.
import { Errors, ok } from '../../../core/result'
import { repos } from '../../repos'
import { refreshFamilies } from '../../coverage/refresh'
import { takesVisits } from '../../../core/coverage/rules'
import type { RouteTable } from '../../types'
import { claimId } from '../visits/access'
import { schoolContext } from './school'

type R = RouteTable<'coverage'>

export const reassign: R['reassign'] = async ({ familyId, staffId }, ctx, { store }) => {
  const r = repos(store)
  const school = await schoolContext(store, ctx.caller, ctx.now)
  const [family, staff] = await Promise.all([r.families.get(familyId), r.staff.get(staffId)])
  if (!school || !family || family.schoolId !== school.schoolId || !family.active) return Errors.notFound('家庭')
  if (!staff || staff.schoolId !== school.schoolId || !takesVisits(staff)) return Errors.notFound('老师')
  const { year, semester } = school.periods
  const assignment = { staffId, yearId: year.id, by: ctx.caller.staff!._id, at: ctx.now.toISOString() }
  const [written, claim] = await Promise.all([
    r.families.update(familyId, { assignment }, family._v),
    r.familyClaims.get(claimId(familyId, family.special ? semester.id : year.id)),
  ])
  if (!written) return Errors.conflict()
  await refreshFamilies(store, school.schoolId, ctx.now, [familyId])
  // The visit already under way stays with whoever arranged it: one visit per family per period.
  const kept = claim && claim.teacherId !== staffId ? `。这户本期的家访已由 ${claim.teacherName} 安排，仍由其完成` : ''
  return ok({ ownerName: staff.name, message: `已改派给 ${staff.name}${kept}` })
}
