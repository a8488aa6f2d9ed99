// Dashboards: a school's figures by grade, class, teacher, format and category; the teacher sheet; tap-through lists.
import type { schoolActions } from '../../../core/contract/reports-school.contract'
import type { RouteTable } from '../../types'
import { schoolDashboard } from './school/dashboard'
import { teacherSheet } from './school/teacher-sheet'

export const reportsSchoolRoutes: Pick<RouteTable<'reports'>, keyof typeof schoolActions> = { schoolDashboard, teacherSheet }
