// Cloud function 'roster': the shared route table behind WeChat's entry point.
import { rosterRoutes } from '../../src/api/routes/roster.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('roster', rosterRoutes)
