import { appPages } from './core/pages'

const isH5 = process.env.TARO_ENV === 'h5'

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
})
