// Cloud function 'visits': the shared route table behind WeChat's entry point.
import { visitsRoutes } from '../../src/api/routes/visits.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('visits', visitsRoutes)
