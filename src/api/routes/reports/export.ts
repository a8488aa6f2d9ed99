// Reports: the school's report to the bureau (xlsx, submitted in the app), the district dashboard and summary.
import type { exportActions } from '../../../core/contract/reports-export.contract'
import type { RouteTable } from '../../types'

export const reportsExportRoutes: Pick<RouteTable<'reports'>, keyof typeof exportActions> = {}
