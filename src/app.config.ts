const isH5 = process.env.TARO_ENV === 'h5'

// Role homes live in subpackages so the main package stays small (each package ≤ 2 MB).
export default defineAppConfig({
  pages: ['pages/index/index', ...(isH5 ? ['pages/dev-login/index'] : [])],
  subPackages: [
    {
      root: 'packages/teacher',
      pages: [
        'pages/home/index',
        'pages/class/index',
        'pages/invite/index',
        'pages/offline-guardian/index',
        'pages/family/index',
        'pages/agenda/index',
      ],
    },
    { root: 'packages/parent', pages: ['pages/home/index', 'pages/bind/index', 'pages/consents/index'] },
    { root: 'packages/leader', pages: ['pages/home/index'] },
    { root: 'packages/admin', pages: ['pages/home/index', 'pages/import/index', 'pages/staff/index', 'pages/audit/index'] },
    { root: 'packages/district', pages: ['pages/home/index'] },
    { root: 'packages/visit', pages: ['pages/detail/index', 'pages/propose/index', 'pages/inbox/index'] },
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '家访助手',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f5f6f7',
  },
  lazyCodeLoading: 'requiredComponents',
})
