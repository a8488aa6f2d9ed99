// Parents' opinions as tickets, and typical cases (典型案例).
import type { ticketsActions } from '../../../core/contract/surveys-tickets.contract'
import type { RouteTable } from '../../types'

export const surveyTicketsRoutes: Pick<RouteTable<'surveys'>, keyof typeof ticketsActions> = {}
