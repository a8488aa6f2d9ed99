import type { RouteTable } from '../types'
import { familyReach, get, myAgenda, myFamilyVisits } from './visits/lists'
import { propose } from './visits/propose'
import { respond } from './visits/respond'
import { answerJoin, requestJoin } from './visits/join'

export const visitsRoutes: RouteTable<'visits'> = {
  propose,
  respond,
  get,
  familyReach,
  myAgenda,
  myFamilyVisits,
  requestJoin,
  answerJoin,
}
