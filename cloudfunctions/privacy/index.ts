// Cloud function 'privacy': the shared route table behind WeChat's entry point.
import { privacyRoutes } from '../../src/api/routes/privacy.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('privacy', privacyRoutes)
