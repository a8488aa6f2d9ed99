// Cloud function 'video': the shared route table behind WeChat's entry point.
import { videoRoutes } from '../../src/api/routes/video.routes'
import { cloudMain } from '../../src/adapters/cloud/wx-main'

export const main = cloudMain('video', videoRoutes)
