export default definePageConfig({ navigationBarTitleText: '各校概况' })
