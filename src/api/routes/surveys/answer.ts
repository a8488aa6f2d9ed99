// Questionnaires: what a guardian is sent and answers; the teacher's aggregates.
import type { answerActions } from '../../../core/contract/surveys-answer.contract'
import type { RouteTable } from '../../types'
import { myQuestionnaires, questionnaire } from './answer/read'
import { mySatisfaction } from './answer/satisfaction'
import { answer } from './answer/submit'
import { publishQuestionnaire, questionnaireVersion, questionnaireVersions } from './answer/versions'

export const surveyAnswerRoutes: Pick<RouteTable<'surveys'>, keyof typeof answerActions> = {
  myQuestionnaires,
  questionnaire,
  answer,
  mySatisfaction,
  questionnaireVersions,
  questionnaireVersion,
  publishQuestionnaire,
}
