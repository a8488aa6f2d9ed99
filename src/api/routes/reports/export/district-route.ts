// reports.districtDashboard: the caller's own district only (a district account has no school).
import { Errors, ok } from '../../../../core/result'
import type { RouteTable } from '../../../types'
import { districtView } from './district-view'

export const districtDashboard: RouteTable<'reports'>['districtDashboard'] = async (_input, ctx, { store }) => {
  const districtId = ctx.caller.user.districtId
  const view = districtId ? await districtView(store, districtId, ctx.now) : null
  return view ? ok(view) : Errors.notFound('教育局')
}
