import Taro from '@tarojs/taro'

/** WeChat cloud must be initialised once, before the first callFunction. */
export function initPlatform() {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true })
}
