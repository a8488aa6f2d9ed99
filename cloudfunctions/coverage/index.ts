// Cloud function 'coverage': the shared route table behind WeChat's entry point.
import { coverageRoutes } from '../../src/api/routes/coverage.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('coverage', coverageRoutes)
