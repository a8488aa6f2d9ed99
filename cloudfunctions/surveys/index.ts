// Cloud function 'surveys': the shared route table behind WeChat's entry point.
import { surveysRoutes } from '../../src/api/routes/surveys.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('surveys', surveysRoutes)
