import type { RouteTable } from '../types'
import { reportsExportRoutes } from './reports/export'
import { reportsSchoolRoutes } from './reports/school'

export const reportsRoutes: RouteTable<'reports'> = { ...reportsSchoolRoutes, ...reportsExportRoutes }
