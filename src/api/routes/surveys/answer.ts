// Questionnaires: what a guardian is sent and answers; the teacher's aggregates.
import type { answerActions } from '../../../core/contract/surveys-answer.contract'
import type { RouteTable } from '../../types'

export const surveyAnswerRoutes: Pick<RouteTable<'surveys'>, keyof typeof answerActions> = {}
