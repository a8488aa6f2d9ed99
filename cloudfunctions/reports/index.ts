// Cloud function 'reports': the shared route table behind WeChat's entry point.
import { reportsRoutes } from '../../src/api/routes/reports.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('reports', reportsRoutes)
