// Build-time constants webpack replaces in the app (see .env); the app has no Node `process` at run time.
declare const process: {
  env: {
    TARO_ENV: 'weapp' | 'h5'
    NODE_ENV: string
    TARO_APP_CLOUD_ENV: string
    TARO_APP_TMPL_VISIT_PROPOSAL: string
    TARO_APP_TMPL_VISIT_AGREED: string
    TARO_APP_TMPL_VISIT_CHANGED: string
    TARO_APP_TMPL_VISIT_REMINDER: string
    TARO_APP_TMPL_SURVEY_REQUEST: string
    /** '1': declare the WechatSI plugin (voice input) in app.json; see src/app.config.ts. */
    TARO_APP_WECHAT_SI?: string
  }
}
