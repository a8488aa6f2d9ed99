import type { RouteTable } from '../types'
import { coverageLeaderRoutes } from './coverage/leader'
import { coverageTeacherRoutes } from './coverage/teacher'

export const coverageRoutes: RouteTable<'coverage'> = { ...coverageTeacherRoutes, ...coverageLeaderRoutes }
