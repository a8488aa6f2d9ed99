// The visible heading carries the page name; the bar keeps the app name so texts are not doubled.
// enablePageMeta lets <PageMeta root-font-size="system"> follow the user's WeChat font size.
export default definePageConfig({ navigationBarTitleText: '家访助手', enablePageMeta: true })
