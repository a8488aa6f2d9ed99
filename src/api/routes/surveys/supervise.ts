// Supervision: disputes and random phone spot-checks (leaders).
import type { superviseActions } from '../../../core/contract/surveys-supervise.contract'
import type { RouteTable } from '../../types'
import { surveyAnswers } from './supervise/answers'
import { disputes, hearTeacher, myDispute, resolveDispute } from './supervise/disputes'
import { spotCheck, recordSpotOutcome, startSpotCall } from './supervise/spot-calls'
import { drawSpotCheck } from './supervise/spot-draw'

export const surveySuperviseRoutes: Pick<RouteTable<'surveys'>, keyof typeof superviseActions> = {
  disputes,
  myDispute,
  hearTeacher,
  resolveDispute,
  drawSpotCheck,
  spotCheck,
  startSpotCall,
  recordSpotOutcome,
  surveyAnswers,
}
