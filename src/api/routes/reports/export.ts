// Reports: the school's report to the bureau (xlsx, submitted in the app), the district dashboard and summary.
import type { exportActions } from '../../../core/contract/reports-export.contract'
import type { RouteTable } from '../../types'
import { districtDashboard } from './export/district-route'
import { reportFile, reportJob, startReport } from './export/job-routes'
import { submissions, submitReport } from './export/submit'

export const reportsExportRoutes: Pick<RouteTable<'reports'>, keyof typeof exportActions> = {
  startReport,
  reportJob,
  reportFile,
  submitReport,
  submissions,
  districtDashboard,
}
