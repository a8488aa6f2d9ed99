// Parents' opinions and typical cases in the browser: a parent suggests to the head teacher, the head
// teacher sees it waiting on the home and answers, the parent reads the answer (also at 150 % text);
// a leader flags a record as a typical case, reviews the redactions and publishes; a teacher reads it.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { identifyingRecord } from '../support/survey-tickets'
import { ok } from '../support/test-server'
import { fill, see, slidIn, tap, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { family, heldVisit, teacherId } from './record-steps'
import { PHONE as SCREEN } from './visit-steps'

const shot = async (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) })
const SUGGESTION = '希望放学时校门口多一位值班老师'
const ANSWER = '已和学校商量，下周起放学时增加一位值班老师。'

/** No serious or critical accessibility violation on the page with its content (check rows included). */
async function accessible(p: Page) {
  const { violations } = await new AxeBuilder({ page: p }).analyze()
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(bad.map((v) => [v.id, v.nodes.map((n) => n.html.slice(0, 120))])).toEqual([])
}

async function phone(newUser: () => Promise<Page>, scale = 100) {
  const p = await newUser()
  await p.setViewportSize(SCREEN)
  if (scale !== 100) await setTextScale(p, scale)
  return p
}
/** Signed in by cookie only: opening the entry page would redirect to the home after our own navigation. */
async function open(p: Page, url: string, userId: string, path: string, ready: string | RegExp) {
  expect((await p.request.post(`${url}/dev/signin`, { data: { userId } })).ok()).toBe(true)
  await p.goto(`${url}/#${path}`)
  await see(p, ready)
  await slidIn(p)
}

test('a parent suggests, the head teacher sees it waiting and answers, the parent reads the answer', async ({ srv, newUser }) => {
  const parent = await phone(newUser, 150)
  await open(parent, srv.url, family.parent, pagePath('parentSuggest'), '给班主任')
  await visible(parent).locator('textarea').fill(SUGGESTION)
  await shot(parent, 'suggest-150.png')
  await accessible(parent)
  await tap(parent, '给班主任')
  await see(parent, '我提过的意见')
  await see(parent, '等待回复 · 今天提交')

  // Three days pass before the head teacher looks (the app's clock is frozen; the ticket is backdated).
  const [ticket] = await srv.direct.find('tickets', { where: { familyId: family.student.familyId }, limit: 5 })
  await srv.direct.update('tickets', ticket!._id, { createdAt: '2026-11-28T02:00:00.000Z' })

  // The leader's board counts it with its age, and opens the list.
  const principal = await phone(newUser)
  await open(principal, srv.url, demo.principal(), pagePath('leaderPlan'), '家长意见待回复1条，最久已等待3天')
  await visible(principal).getByText('家长意见待回复1条，最久已等待3天').scrollIntoViewIfNeeded()
  await shot(principal, 'board.png')

  const bigHead = await phone(newUser, 150)
  await open(bigHead, srv.url, teacherId, pagePath('teacherTickets'), '已等待3天')
  await shot(bigHead, 'tickets-150.png')
  const head = await phone(newUser)
  await open(head, srv.url, teacherId, pagePath('teacherHome'), '家长意见待回复1条，最久已等待3天')
  await shot(head, 'teacher-home.png')
  await visible(head).getByText('家长意见待回复1条，最久已等待3天').click()
  await see(head, SUGGESTION)
  await see(head, '已等待3天')
  await slidIn(head)
  await shot(head, 'tickets.png')
  await accessible(head)
  await visible(head).locator('textarea').fill(ANSWER)
  await tap(head, '回复')
  await see(head, `您的回复（12月1日）：${ANSWER}`)

  const later = await phone(newUser, 150)
  await open(later, srv.url, family.parent, pagePath('parentSuggest'), `回复（12月1日）：${ANSWER}`)
  await visible(later).getByText(ANSWER).scrollIntoViewIfNeeded()
  await shot(later, 'answer-150.png')
})

test('a leader flags a record, reviews the redactions and publishes; a teacher reads the case', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const record = identifyingRecord(family.student.name, demo.className(family.student.classId), ['希望多组织户外活动'])
  ok(await srv.call(teacherId, 'visits', 'submitRecord', { visitId, record }))

  const lead = await phone(newUser)
  await open(lead, srv.url, demo.withRole('leader'), pagePath('visitRecord', { id: visitId }), '设为典型案例')
  await visible(lead).getByText('设为典型案例').click()
  await see(lead, '请逐条核对')
  await slidIn(lead)
  await see(lead, `去掉人名「${family.student.name}」→ 某某`)
  await fill(lead, '例如：隔代照顾家庭的阅读约定', '隔代照顾家庭的阅读约定')
  await shot(lead, 'review.png')
  await accessible(lead)
  await visible(lead).getByText('发布典型案例').last().scrollIntoViewIfNeeded()
  await shot(lead, 'review-end.png')
  await tap(lead, '发布典型案例')
  await see(lead, '隔代照顾家庭的阅读约定')

  const teacher = await phone(newUser, 150)
  await open(teacher, srv.url, demo.subjectTeacher(), pagePath('typicalCases'), '隔代照顾家庭的阅读约定')
  await visible(teacher).getByText('隔代照顾家庭的阅读约定').click()
  await see(teacher, '家访小结')
  const text = await visible(teacher).locator('.typical-case').first().textContent()
  for (const word of [family.student.name, demo.className(family.student.classId), '13812345678']) expect(text).not.toContain(word)
  await shot(teacher, 'library-150.png')
  await accessible(teacher)
})

test('an opinion an amended record sent to the school says where it came from, at 375 px and 150 %', async ({ srv, newUser }) => {
  const opinion = '希望学校食堂公布每周菜谱'
  const visitId = await heldVisit(srv)
  const record = {
    ...identifyingRecord(family.student.name, demo.className(family.student.classId), [opinion]),
    opinionRoutes: ['class' as const],
  }
  ok(await srv.call(teacherId, 'visits', 'submitRecord', { visitId, record }))
  ok(await srv.call(teacherId, 'visits', 'amendRecord', { visitId, version: 1, record: { ...record, opinionRoutes: ['school' as const] } }))
  for (const scale of [100, 150]) {
    const lead = await phone(newUser, scale)
    await open(lead, srv.url, demo.principal(), pagePath('teacherTickets'), opinion)
    await see(lead, '由班级（班主任）转来')
    await shot(lead, `moved-${scale}.png`)
  }
})
