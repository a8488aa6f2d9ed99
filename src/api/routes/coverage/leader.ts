import type { RouteTable } from '../../types'
import type { coverageLeaderContract } from '../../../core/contract/coverage-leader.contract'
import { apply, suggest } from './assign'
import { board } from './board'
import { calendar, setCalendar } from './calendar'
import { families } from './families'
import { reassign } from './reassign'

export const coverageLeaderRoutes: Pick<RouteTable<'coverage'>, keyof typeof coverageLeaderContract> = {
  board,
  families,
  reassign,
  suggestAssignment: suggest,
  applyAssignment: apply,
  calendar,
  setCalendar,
}
