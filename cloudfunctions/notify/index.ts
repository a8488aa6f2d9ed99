// Cloud function 'notify': the shared route table behind WeChat's entry point.
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('notify')
