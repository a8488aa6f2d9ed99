// Title and options come from the page table (src/core/pages.ts).
import { pageConfig } from '../../../../core/pages'

export default definePageConfig(pageConfig('districtSurveyDraft'))
