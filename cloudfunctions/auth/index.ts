// Cloud function 'auth': the shared route table behind WeChat's entry point.
import { authRoutes } from '../../src/api/routes/auth.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('auth', authRoutes)
