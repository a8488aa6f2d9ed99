// Coverage, the leaders' and the district's side: the plan board, ownership, the calendar.
import { defineFunction } from './contract'

export const coverageLeaderContract = defineFunction({})
