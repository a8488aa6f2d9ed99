// Cloud function 'notify': the shared route table behind WeChat's entry point.
import { notifyRoutes } from '../../src/api/routes/notify.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('notify', notifyRoutes)
