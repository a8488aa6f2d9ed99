// Title and options come from the page table (src/core/pages.ts). Sharing is on for this page only:
// the class code goes to parents as a WeChat share card (see components/class-code.weapp.tsx).
import { pageConfig } from '../../../../core/pages'

export default definePageConfig({ ...pageConfig('teacherInvite'), enableShareAppMessage: true })
