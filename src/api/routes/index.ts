import type { FnName } from '../../core/contract'
import type { RouteTable } from '../types'
import { accountsRoutes } from './accounts.routes'
import { authRoutes } from './auth.routes'
import { coverageRoutes } from './coverage.routes'
import { importsRoutes } from './imports.routes'
import { notifyRoutes } from './notify.routes'
import { privacyRoutes } from './privacy.routes'
import { rosterRoutes } from './roster.routes'
import { visitsRoutes } from './visits.routes'
import { videoRoutes } from './video.routes'
import { surveysRoutes } from './surveys.routes'
import { reportsRoutes } from './reports.routes'

/** One route table per cloud function: exports.main, the local server and tests all call these. */
export const ROUTES: { [F in FnName]: RouteTable<F> } = {
  auth: authRoutes,
  roster: rosterRoutes,
  accounts: accountsRoutes,
  privacy: privacyRoutes,
  visits: visitsRoutes,
  notify: notifyRoutes,
  imports: importsRoutes,
  coverage: coverageRoutes,
  video: videoRoutes,
  surveys: surveysRoutes,
  reports: reportsRoutes,
}
