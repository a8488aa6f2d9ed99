import type { RouteTable } from '../types'
import { familyReach, get, myAgenda, myFamilyVisits } from './visits/lists'
import { myAvailability, setAvailability } from './visits/availability'
import { propose } from './visits/propose'
import { proposeMany } from './visits/propose-many'
import { respond } from './visits/respond'
import { suggest } from './visits/suggest'

export const visitsRoutes: RouteTable<'visits'> = {
  propose,
  respond,
  get,
  familyReach,
  myAgenda,
  myFamilyVisits,
  myAvailability,
  setAvailability,
  suggest,
  proposeMany,
}
