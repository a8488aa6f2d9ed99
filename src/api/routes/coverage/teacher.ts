import type { RouteTable } from '../../types'
import type { coverageTeacherContract } from '../../../core/contract/coverage-teacher.contract'

export const coverageTeacherRoutes: Pick<RouteTable<'coverage'>, keyof typeof coverageTeacherContract> = {}
