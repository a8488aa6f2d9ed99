// Cloud function 'reports': dashboards (school, teacher sheet, district) and the reports sent to the bureau.
import { exportActions } from './reports-export.contract'
import { schoolActions } from './reports-school.contract'

export const reportsContract = { ...schoolActions, ...exportActions } as const
