import { appPages } from './core/pages'

const isH5 = process.env.TARO_ENV === 'h5'
// Voice input in WeChat needs the WechatSI plugin (微信同声传译) added to the mini-program in the mp
// console; a build declaring it without that does not open in the devtools. Opt in: TARO_APP_WECHAT_SI=1.
const withWechatSI = !isH5 && process.env.TARO_APP_WECHAT_SI === '1'

// Pages and subpackages come from the page table (src/core/pages.ts). Role homes live in
// subpackages so the main package stays small (each package ≤ 2 MB).
export default defineAppConfig({
  ...appPages(isH5),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '家访助手',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
  },
  lazyCodeLoading: 'requiredComponents',
  ...(withWechatSI ? { plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } } } : {}),
})
