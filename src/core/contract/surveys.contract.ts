// Cloud function 'surveys': questionnaires, disputes, spot-checks, opinion tickets, typical cases.
import { answerActions } from './surveys-answer.contract'
import { superviseActions } from './surveys-supervise.contract'
import { ticketsActions } from './surveys-tickets.contract'

export const surveysContract = { ...answerActions, ...superviseActions, ...ticketsActions } as const
