// Parents' opinions as tickets, and typical cases (典型案例).
import type { ticketsActions } from '../../../core/contract/surveys-tickets.contract'
import type { RouteTable } from '../../types'
import { flagTypicalCase, publishTypicalCase, typicalCases } from './tickets/cases'
import { answerTicket, ticketsToAnswer } from './tickets/owner'
import { myTickets, suggest } from './tickets/parent'

export const surveyTicketsRoutes: Pick<RouteTable<'surveys'>, keyof typeof ticketsActions> = {
  suggest,
  myTickets,
  ticketsToAnswer,
  answerTicket,
  flagTypicalCase,
  publishTypicalCase,
  typicalCases,
}
