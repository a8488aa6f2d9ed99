import type { RouteTable } from '../../types'
import type { coverageTeacherContract } from '../../../core/contract/coverage-teacher.contract'
import { worklist } from './worklist'

export const coverageTeacherRoutes: Pick<RouteTable<'coverage'>, keyof typeof coverageTeacherContract> = { worklist }
