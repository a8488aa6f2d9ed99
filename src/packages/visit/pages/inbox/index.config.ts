export default definePageConfig({ navigationBarTitleText: '家访助手', enablePageMeta: true })
