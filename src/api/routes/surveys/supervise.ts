// Supervision: disputes and random phone spot-checks (leaders).
import type { superviseActions } from '../../../core/contract/surveys-supervise.contract'
import type { RouteTable } from '../../types'

export const surveySuperviseRoutes: Pick<RouteTable<'surveys'>, keyof typeof superviseActions> = {}
