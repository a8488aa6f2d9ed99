// Cloud function 'accounts': the shared route table behind WeChat's entry point.
import { accountsRoutes } from '../../src/api/routes/accounts.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('accounts', accountsRoutes)
