// Every page of the app, declared once: app.config.ts (pages and subpackages), each page's
// index.config.ts (its navigation-bar title), the app's path builders and the server's message
// links are all derived from this table. Subpackages keep the main package small.
type PageSpec = {
  /** Subpackage root, or null for the main package. */
  subpackage: string | null
  page: string
  /** Query parameters the page reads; every link to it must give them. */
  params: readonly string[]
  /** The WeChat navigation-bar title: names the page in plain Chinese. */
  title: string
  /** Only in the H5 build (the local dev sign-in). */
  h5Only?: true
}

export const PAGES = {
  index: { subpackage: null, page: 'pages/index/index', params: [], title: '家访助手' },
  devLogin: { subpackage: null, page: 'pages/dev-login/index', params: [], title: '选择演示身份', h5Only: true },
  teacherHome: { subpackage: 'packages/teacher', page: 'pages/home/index', params: [], title: '我的班级' },
  teacherClass: { subpackage: 'packages/teacher', page: 'pages/class/index', params: ['classId', 'name'], title: '学生名单' },
  teacherInvite: { subpackage: 'packages/teacher', page: 'pages/invite/index', params: ['classId', 'name'], title: '邀请家长' },
  teacherOfflineGuardian: {
    subpackage: 'packages/teacher',
    page: 'pages/offline-guardian/index',
    params: ['classId', 'name'],
    title: '登记家长',
  },
  teacherFamily: { subpackage: 'packages/teacher', page: 'pages/family/index', params: ['studentId', 'name'], title: '家庭信息' },
  teacherAgenda: { subpackage: 'packages/teacher', page: 'pages/agenda/index', params: [], title: '本周家访' },
  teacherPrepRequests: { subpackage: 'packages/teacher', page: 'pages/prep-requests/index', params: [], title: '同事请你提供情况' },
  teacherDispute: { subpackage: 'packages/teacher', page: 'pages/dispute/index', params: ['id'], title: '说明家访情况' },
  // Head teachers and the leadership answer parents' opinions (issue 13).
  teacherTickets: { subpackage: 'packages/teacher', page: 'pages/tickets/index', params: [], title: '家长意见' },
  parentHome: { subpackage: 'packages/parent', page: 'pages/home/index', params: [], title: '我的孩子' },
  parentBind: { subpackage: 'packages/parent', page: 'pages/bind/index', params: [], title: '绑定孩子' },
  parentConsents: { subpackage: 'packages/parent', page: 'pages/consents/index', params: [], title: '我的授权' },
  parentMyData: { subpackage: 'packages/parent', page: 'pages/my-data/index', params: [], title: '我的信息' },
  parentAvailability: { subpackage: 'packages/parent', page: 'pages/availability/index', params: [], title: '方便家访的时间' },
  parentSurvey: { subpackage: 'packages/parent', page: 'pages/survey/index', params: ['id'], title: '家访满意度问卷' },
  parentSuggest: { subpackage: 'packages/parent', page: 'pages/suggest/index', params: [], title: '给学校提建议' },
  leaderHome: { subpackage: 'packages/leader', page: 'pages/home/index', params: [], title: '学校概况' },
  leaderPlan: { subpackage: 'packages/leader', page: 'pages/plan/index', params: [], title: '家访进度' },
  leaderFamilies: { subpackage: 'packages/leader', page: 'pages/families/index', params: ['scope', 'measure'], title: '家庭名单' },
  leaderAssign: { subpackage: 'packages/leader', page: 'pages/assign/index', params: [], title: '分配家访' },
  leaderDisputes: { subpackage: 'packages/leader', page: 'pages/disputes/index', params: [], title: '有异议的家访' },
  leaderSpotCheck: { subpackage: 'packages/leader', page: 'pages/spot-check/index', params: [], title: '电话抽查' },
  typicalCaseReview: { subpackage: 'packages/leader', page: 'pages/typical-case-review/index', params: ['id'], title: '设为典型案例' },
  schoolDashboard: { subpackage: 'packages/dashboards', page: 'pages/school/index', params: [], title: '学校家访看板' },
  teacherSheet: { subpackage: 'packages/dashboards', page: 'pages/teachers/index', params: [], title: '教师家访情况' },
  adminHome: { subpackage: 'packages/admin', page: 'pages/home/index', params: [], title: '学校管理' },
  adminImport: { subpackage: 'packages/admin', page: 'pages/import/index', params: [], title: '名单导入' },
  adminStaff: { subpackage: 'packages/admin', page: 'pages/staff/index', params: [], title: '教职工与邀请' },
  adminAudit: { subpackage: 'packages/admin', page: 'pages/audit/index', params: [], title: '敏感信息查看记录' },
  districtHome: { subpackage: 'packages/district', page: 'pages/home/index', params: [], title: '各校概况' },
  districtCalendar: { subpackage: 'packages/district', page: 'pages/calendar/index', params: [], title: '学年与学期' },
  // The satisfaction questionnaire's versions (issue 13): the district reads them and publishes a new one.
  districtSurveyVersions: { subpackage: 'packages/district', page: 'pages/survey-versions/index', params: [], title: '回访问卷版本' },
  districtSurveyVersion: { subpackage: 'packages/district', page: 'pages/survey-version/index', params: ['version'], title: '问卷版本' },
  districtSurveyDraft: { subpackage: 'packages/district', page: 'pages/survey-draft/index', params: [], title: '新建问卷版本' },
  // Dashboards and reports (issue 14): their own subpackage, so charts never weigh on the main package.
  schoolReport: { subpackage: 'packages/dashboards', page: 'pages/school-report/index', params: [], title: '上报区教体局' },
  districtDashboard: { subpackage: 'packages/dashboards', page: 'pages/district-dashboard/index', params: [], title: '全区家访看板' },
  visitDetail: { subpackage: 'packages/visit', page: 'pages/detail/index', params: ['id'], title: '家访详情' },
  // followUp: what a plan follow-up asks (from 还需家访); non-empty sends the visit as a follow-up visit.
  visitPropose: { subpackage: 'packages/visit', page: 'pages/propose/index', params: ['studentId', 'name', 'followUp'], title: '发起家访' },
  visitProposeMany: { subpackage: 'packages/visit', page: 'pages/propose-many/index', params: ['studentIds'], title: '批量发起家访' },
  visitInbox: { subpackage: 'packages/visit', page: 'pages/inbox/index', params: [], title: '我的提醒' },
  visitPrep: { subpackage: 'packages/visit', page: 'pages/prep/index', params: ['id'], title: '家访准备' },
  visitRecord: { subpackage: 'packages/visit', page: 'pages/record/index', params: ['id'], title: '家访记录' },
  visitRecordVersions: { subpackage: 'packages/visit', page: 'pages/record-versions/index', params: ['id'], title: '记录修改历史' },
  // Teachers, leaders and the district read the library: the visit package every staff role already loads.
  typicalCases: { subpackage: 'packages/visit', page: 'pages/typical-cases/index', params: [], title: '典型案例' },
  visitArchive: { subpackage: 'packages/visit', page: 'pages/archive/index', params: ['studentId', 'name'], title: '家访档案' },
  // Its own subpackage: WeChat's native VoIP components stay out of every other package.
  videoRoom: { subpackage: 'packages/video', page: 'pages/room/index', params: ['id'], title: '视频家访' },
} as const satisfies Record<string, PageSpec>

export type PageKey = keyof typeof PAGES
export const PAGE_KEYS = Object.keys(PAGES) as PageKey[]
export type PageParams<K extends PageKey> = { [P in (typeof PAGES)[K]['params'][number]]: string }
type ParamArgs<K extends PageKey> = (typeof PAGES)[K]['params'] extends readonly [] ? [] : [params: PageParams<K>]

/** `packages/visit/pages/detail/index`: the form app.json and WeChat messages use. */
export function pageRoute(key: PageKey): string {
  const p: PageSpec = PAGES[key]
  return p.subpackage ? `${p.subpackage}/${p.page}` : p.page
}

function withQuery(route: string, params: Record<string, string> | undefined): string {
  const query = Object.entries(params ?? {})
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  return query ? `${route}?${query}` : route
}

/** `/packages/visit/pages/detail/index?id=…`: for navigating inside the app. */
export function pagePath<K extends PageKey>(key: K, ...[params]: ParamArgs<K>): string {
  return `/${withQuery(pageRoute(key), params)}`
}

/** The same without the leading slash: the `page` of a WeChat subscribe message. */
export function pageLink<K extends PageKey>(key: K, ...[params]: ParamArgs<K>): string {
  return withQuery(pageRoute(key), params)
}

/** The page the path opens, or null when the path is no page of the app. */
export function pageOf(path: string): PageKey | null {
  const route = path.replace(/^\//, '').split('?')[0]
  return PAGE_KEYS.find((k) => pageRoute(k) === route) ?? null
}

/** `pages` and `subPackages` for app.config.ts. */
export function appPages(isH5: boolean) {
  const included = PAGE_KEYS.map((k): PageSpec => PAGES[k]).filter((p) => isH5 || !p.h5Only)
  const roots = [...new Set(included.flatMap((p) => (p.subpackage ? [p.subpackage] : [])))]
  return {
    pages: included.filter((p) => !p.subpackage).map((p) => p.page),
    subPackages: roots.map((root) => ({ root, pages: included.filter((p) => p.subpackage === root).map((p) => p.page) })),
  }
}

/** A page's index.config.ts. enablePageMeta lets <PageMeta root-font-size="system"> follow WeChat's font size. */
export function pageConfig(key: PageKey) {
  return { navigationBarTitleText: PAGES[key].title, enablePageMeta: true }
}
