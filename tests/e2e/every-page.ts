// Every page of the app, opened as the person who uses it, with what it needs (a class, a student,
// a visit). The accessibility, large-text and screenshot passes walk this list; a test checks it
// names every page of the registry, so a new page cannot be skipped.
import type { Page } from '@playwright/test'
import { pagePath, type PageKey } from '../../src/core/pages'
import { demo } from '../support/demo'
import { ok, type TestServer } from '../support/test-server'
import { openDispute } from '../../src/core/survey/dispute.rules'
import { proposeVisit } from '../support/visits'
import { see } from './browser'
import { E2E_NOW, expect } from './fixtures'
import { questionnairesFor } from '../../src/core/survey/questionnaire.rules'

export type Opened = {
  key: PageKey
  role: 'parent' | 'teacher' | 'leader' | 'admin' | 'district' | 'anyone'
  open: (page: Page) => Promise<void>
}

const CLASS_ID = 'cls-qs-3-2'

/** What the pages need: a head teacher, a student with a bound parent, and a visit waiting for that parent. */
export async function scenario(srv: TestServer) {
  const head = demo.headTeacher(CLASS_ID)
  const [family] = demo.familiesOf(CLASS_ID)
  const visit = await proposeVisit(srv, head, family!)
  const { name: className } = ok(await srv.call(head, 'roster', 'myClasses', {})).classes.find((c) => c.classId === CLASS_ID)!
  // Families for the bulk proposal: the class's others (the first already has a visit).
  const classStudentIds = demo
    .familiesOf(CLASS_ID)
    .slice(1)
    .map((f) => f.student._id)
    .join(',')
  const newcomer = await srv.newcomer()
  // A dispute on that visit: the teacher's page to give their side needs one.
  const opening = { schoolId: demo.schoolId, visitId: visit.visitId, familyId: family!.student.familyId, teacherId: demo.staffOf(head)._id }
  const dispute = openDispute({ ...opening, source: 'survey', reason: 'different', text: '', sourceId: 'every-page' }, new Date())
  await srv.direct.insert('disputes', dispute)
  const disputeId = dispute._id
  const surveyId = await sentQuestionnaire(srv, visit.visitId, family!)
  return {
    head,
    parent: family!.parent,
    student: family!.student,
    visitId: visit.visitId,
    className,
    newcomer,
    classStudentIds,
    surveyId,
    disputeId,
  }
}

/** A questionnaire as the scheduler leaves it once sent (the visit need not be recorded for the page). */
async function sentQuestionnaire(srv: TestServer, visitId: string, family: { parent: string; student: { familyId: string } }) {
  const guardian = demo.guardians.find((g) => g.userId === family.parent)!
  const [q] = questionnairesFor(
    {
      schoolId: demo.schoolId,
      visitId,
      familyId: family.student.familyId,
      participants: [{ guardianId: guardian._id, userId: family.parent }],
    },
    'v1',
    E2E_NOW,
  )
  const { _v: _, ...doc } = { ...q!, sentAt: E2E_NOW.toISOString() }
  await srv.direct.insert('questionnaires', doc)
  return doc._id
}

export function everyPage(srv: TestServer, s: Awaited<ReturnType<typeof scenario>>): Opened[] {
  // Signed in by cookie only: opening the entry page would redirect to the home after our own navigation.
  const as = (userId: string, _key: PageKey, path: string, ready: string | RegExp) => async (page: Page) => {
    expect((await page.request.post(`${srv.url}/dev/signin`, { data: { userId } })).ok()).toBe(true)
    await page.goto(`${srv.url}/#${path}`)
    await see(page, ready)
  }
  const cls = { classId: CLASS_ID, name: s.className }
  const kid = { studentId: s.student._id, name: demo.students.find((x) => x._id === s.student._id)!.name }
  return [
    { key: 'index', role: 'anyone', open: as(s.newcomer, 'index', pagePath('index'), '请选择您的身份') },
    {
      key: 'devLogin',
      role: 'anyone',
      open: async (p) => (await p.goto(`${srv.url}/#${pagePath('devLogin')}`), await see(p, '选择演示身份')),
    },
    { key: 'teacherHome', role: 'teacher', open: as(s.head, 'teacherHome', pagePath('teacherHome'), '我的班级') },
    { key: 'teacherClass', role: 'teacher', open: as(s.head, 'teacherClass', pagePath('teacherClass', cls), '学生名单') },
    { key: 'teacherInvite', role: 'teacher', open: as(s.head, 'teacherInvite', pagePath('teacherInvite', cls), '邀请') },
    {
      key: 'teacherOfflineGuardian',
      role: 'teacher',
      open: as(s.head, 'teacherOfflineGuardian', pagePath('teacherOfflineGuardian', cls), '登记'),
    },
    { key: 'teacherFamily', role: 'teacher', open: as(s.head, 'teacherFamily', pagePath('teacherFamily', kid), kid.name) },
    { key: 'teacherAgenda', role: 'teacher', open: as(s.head, 'teacherAgenda', pagePath('teacherAgenda'), '家访') },
    {
      key: 'teacherPrepRequests',
      role: 'teacher',
      open: as(s.head, 'teacherPrepRequests', pagePath('teacherPrepRequests'), '目前没有同事的请求'),
    },
    {
      key: 'teacherDispute',
      role: 'teacher',
      open: as(s.head, 'teacherDispute', pagePath('teacherDispute', { id: s.disputeId }), '您的说明'),
    },
    { key: 'teacherTickets', role: 'teacher', open: as(s.head, 'teacherTickets', pagePath('teacherTickets'), '家长的意见都已回复') },
    { key: 'parentSuggest', role: 'parent', open: as(s.parent, 'parentSuggest', pagePath('parentSuggest'), '给班主任') },
    { key: 'parentHome', role: 'parent', open: as(s.parent, 'parentHome', pagePath('parentHome'), '我的孩子') },
    { key: 'parentBind', role: 'parent', open: as(s.parent, 'parentBind', pagePath('parentBind'), '邀请码') },
    { key: 'parentConsents', role: 'parent', open: as(s.parent, 'parentConsents', pagePath('parentConsents'), '授权') },
    { key: 'parentMyData', role: 'parent', open: as(s.parent, 'parentMyData', pagePath('parentMyData'), '家庭情况') },
    {
      key: 'parentAvailability',
      role: 'parent',
      open: as(s.parent, 'parentAvailability', pagePath('parentAvailability'), '您一般什么时候方便？'),
    },
    {
      key: 'parentSurvey',
      role: 'parent',
      open: as(s.parent, 'parentSurvey', pagePath('parentSurvey', { id: s.surveyId }), '实际情况是这样吗'),
    },
    { key: 'leaderHome', role: 'leader', open: as(demo.principal(), 'leaderHome', pagePath('leaderHome'), '学校概况') },
    { key: 'leaderPlan', role: 'leader', open: as(demo.principal(), 'leaderPlan', pagePath('leaderPlan'), '三年级') },
    {
      key: 'leaderFamilies',
      role: 'leader',
      open: as(demo.principal(), 'leaderFamilies', pagePath('leaderFamilies', { scope: `class:${CLASS_ID}`, measure: 'required' }), '共 '),
    },
    { key: 'leaderAssign', role: 'leader', open: as(demo.principal(), 'leaderAssign', pagePath('leaderAssign'), '生成建议') },
    { key: 'leaderDisputes', role: 'leader', open: as(demo.principal(), 'leaderDisputes', pagePath('leaderDisputes'), '待处理') },
    { key: 'leaderSpotCheck', role: 'leader', open: as(demo.principal(), 'leaderSpotCheck', pagePath('leaderSpotCheck'), '随机抽取') },
    // No record submitted yet: the review says the record is missing.
    {
      key: 'typicalCaseReview',
      role: 'leader',
      open: as(demo.principal(), 'typicalCaseReview', pagePath('typicalCaseReview', { id: s.visitId }), '家访记录不存在'),
    },
    { key: 'typicalCases', role: 'teacher', open: as(s.head, 'typicalCases', pagePath('typicalCases'), '还没有典型案例') },
    { key: 'schoolDashboard', role: 'leader', open: as(demo.principal(), 'schoolDashboard', pagePath('schoolDashboard'), '各年级') },
    { key: 'teacherSheet', role: 'leader', open: as(demo.principal(), 'teacherSheet', pagePath('teacherSheet'), '教师家访情况') },
    { key: 'adminHome', role: 'admin', open: as(demo.admin(), 'adminHome', pagePath('adminHome'), '学校管理') },
    { key: 'adminImport', role: 'admin', open: as(demo.admin(), 'adminImport', pagePath('adminImport'), '导入') },
    { key: 'adminStaff', role: 'admin', open: as(demo.admin(), 'adminStaff', pagePath('adminStaff'), '教职工') },
    { key: 'adminAudit', role: 'admin', open: as(demo.admin(), 'adminAudit', pagePath('adminAudit'), '查看记录') },
    { key: 'districtHome', role: 'district', open: as(demo.district(), 'districtHome', pagePath('districtHome'), '各校概况') },
    { key: 'districtCalendar', role: 'district', open: as(demo.district(), 'districtCalendar', pagePath('districtCalendar'), '春季学期') },
    {
      key: 'districtSurveyVersions',
      role: 'district',
      open: as(demo.district(), 'districtSurveyVersions', pagePath('districtSurveyVersions'), '当前使用'),
    },
    {
      key: 'districtSurveyVersion',
      role: 'district',
      open: as(demo.district(), 'districtSurveyVersion', pagePath('districtSurveyVersion', { version: 'v1' }), '家长看到的样子'),
    },
    {
      key: 'districtSurveyDraft',
      role: 'district',
      open: as(demo.district(), 'districtSurveyDraft', pagePath('districtSurveyDraft'), '预览家长看到的问卷'),
    },
    { key: 'schoolReport', role: 'leader', open: as(demo.principal(), 'schoolReport', pagePath('schoolReport'), '生成报告') },
    {
      key: 'districtDashboard',
      role: 'district',
      open: as(demo.district(), 'districtDashboard', pagePath('districtDashboard'), '异常提示的标准'),
    },
    { key: 'visitDetail', role: 'parent', open: as(s.parent, 'visitDetail', pagePath('visitDetail', { id: s.visitId }), '家访') },
    {
      key: 'visitPropose',
      role: 'teacher',
      open: as(s.head, 'visitPropose', pagePath('visitPropose', { ...kid, followUp: '' }), '发起家访'),
    },
    {
      key: 'visitProposeMany',
      role: 'teacher',
      open: as(s.head, 'visitProposeMany', pagePath('visitProposeMany', { studentIds: s.classStudentIds }), '给家长的时间'),
    },
    // Before the parent agrees there is no pack yet: the page says so.
    { key: 'visitPrep', role: 'teacher', open: as(s.head, 'visitPrep', pagePath('visitPrep', { id: s.visitId }), '家长确认家访时间后') },
    { key: 'visitInbox', role: 'parent', open: as(s.parent, 'visitInbox', pagePath('visitInbox'), '我的提醒') },
    { key: 'visitRecord', role: 'teacher', open: as(s.head, 'visitRecord', pagePath('visitRecord', { id: s.visitId }), '一、家庭情况') },
    // No record submitted yet: the history says so.
    {
      key: 'visitRecordVersions',
      role: 'teacher',
      open: as(s.head, 'visitRecordVersions', pagePath('visitRecordVersions', { id: s.visitId }), '记录还没有提交'),
    },
    { key: 'videoRoom', role: 'parent', open: as(s.parent, 'videoRoom', pagePath('videoRoom', { id: s.visitId }), '约定后才能视频') },
    { key: 'visitArchive', role: 'parent', open: as(s.parent, 'visitArchive', pagePath('visitArchive', kid), '还没有家访') },
  ]
}

/** The root font as WeChat's 150 % setting makes it (H5: rem follows the root size). */
export async function setTextScale(page: Page, percent: number) {
  await page.addInitScript((p) => {
    const apply = () => document.documentElement.style.setProperty('font-size', `${p}%`)
    if (document.documentElement) apply()
    document.addEventListener('DOMContentLoaded', apply)
  }, percent)
}
