import type { RouteTable } from '../types'
import { surveyAnswerRoutes } from './surveys/answer'
import { surveySuperviseRoutes } from './surveys/supervise'
import { surveyTicketsRoutes } from './surveys/tickets'

export const surveysRoutes: RouteTable<'surveys'> = { ...surveyAnswerRoutes, ...surveySuperviseRoutes, ...surveyTicketsRoutes }
