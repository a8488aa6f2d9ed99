import type { RouteTable } from '../../types'
import type { coverageLeaderContract } from '../../../core/contract/coverage-leader.contract'

export const coverageLeaderRoutes: Pick<RouteTable<'coverage'>, keyof typeof coverageLeaderContract> = {}
