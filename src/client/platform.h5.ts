import type { Platform } from './platform.types'

export const platform: Platform = { signInPath: '/pages/dev-login/index' }
