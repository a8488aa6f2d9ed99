// The district's school-year and semester dates. Due periods are worked out at read time, but a claim
// is filed under a period: after a change, agreed visits whose time now falls in another period move
// there (a visit counts where it takes place), unless that period is already claimed for the family.
import { Errors, ok } from '../../../core/result'
import { repos } from '../../repos'
import type { RouteTable } from '../../types'
import { refileClaims } from './refile'

type R = RouteTable<'coverage'>

export const calendar: R['calendar'] = async (_input, ctx, { store }) => {
  const r = repos(store)
  const school = ctx.caller.schoolId ? await r.schools.get(ctx.caller.schoolId) : null
  const districtId = ctx.caller.user.districtId ?? school?.districtId
  const district = districtId ? await r.districts.get(districtId) : null
  if (!district) return Errors.notFound('教育局')
  return ok({
    districtName: district.name,
    calendar: district.calendar,
    editable: ctx.caller.roles.includes('district') && ctx.caller.user.districtId === district._id,
  })
}

export const setCalendar: R['setCalendar'] = async (input, ctx, { store }) => {
  const r = repos(store)
  const district = ctx.caller.user.districtId ? await r.districts.get(ctx.caller.user.districtId) : null
  if (!district) return Errors.notFound('教育局')
  const before = district.calendar
  const after = { yearStart: input.yearStart, springStart: input.springStart }
  if (before.yearStart === after.yearStart && before.springStart === after.springStart) return ok({ refiled: 0, kept: 0 })
  if (!(await r.districts.update(district._id, { calendar: after }, district._v))) return Errors.conflict()
  return ok(await refileClaims(store, district._id, before, after, ctx.now))
}
