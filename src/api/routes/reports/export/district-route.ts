// reports.districtDashboard: the caller's own district only (a district account has no school).
// Kept while nothing it counts is written (stamped-cache.ts: exact on the local engine; the cloud reads
// every time), per minute since "held" and "overdue" move with the clock.
import { Errors, ok } from '../../../../core/result'
import { stampedCache } from '../../roster/stamped-cache'
import type { RouteTable } from '../../../types'
import { districtView, type DistrictView } from './district-view'

const kept = stampedCache<DistrictView | null>(
  ['districts', 'schools', 'families', 'claims', 'survey_answers', 'disputes', 'report_submissions'],
  { ttlMs: 60_000, max: 100 },
)

export const districtDashboard: RouteTable<'reports'>['districtDashboard'] = async (_input, ctx, { store }) => {
  const districtId = ctx.caller.user.districtId
  const minute = ctx.now.toISOString().slice(0, 16)
  const view = districtId ? await kept.get(store, `${districtId}:${minute}`, () => districtView(store, districtId, ctx.now)) : null
  return view ? ok(view) : Errors.notFound('教育局')
}
