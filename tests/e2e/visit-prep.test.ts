// 家访准备 through the built H5 app: the teacher of an agreed visit asks a colleague for a note, the
// colleague answers from their home, the answer appears in the pack; the teacher fills a strength, a
// question and the tick, and the "还差" list gives way. Screenshots at 375×667 and at 150 % text.
import { demo } from '../support/demo'
import { ok } from '../support/test-server'
import { agreedVisit, slot } from '../support/visits'
import { pagePath } from '../../src/core/pages'
import { see, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { answerRequest, askColleague, finishPrep, openAs } from './visit-steps'

const CLASS_ID = 'cls-qs-3-2'
const teacherId = demo.headTeacher(CLASS_ID)
const colleagueId = demo.teacherOf(CLASS_ID, true)
const colleagueName = demo.nameOf(colleagueId)
const family = demo.familiesOf(CLASS_ID)[0]!
const ANSWER = '上课发言积极，作业字迹工整'

test('prep: ask a colleague, the colleague answers, the pack is completed', async ({ srv, newUser }, info) => {
  const { visitId } = await agreedVisit(srv, teacherId, family, slot('05', '15:00', '16:00'))
  const t = await newUser()
  await t.setViewportSize({ width: 375, height: 667 })
  await test.step('the teacher opens 家访准备 from the visit page and asks a colleague', async () => {
    await openAs(t, srv.url, teacherId, pagePath('visitDetail', { id: visitId }))
    const entry = visible(t).locator('.card--tap', { hasText: '家访准备' })
    await entry.scrollIntoViewIfNeeded()
    await t.screenshot({ path: info.outputPath('visit-detail-375.png') })
    await entry.click()
    await see(t, '还差：')
    await see(t, '至少写一条孩子的闪光点')
    await expect(visible(t).locator('.card').first()).toBeInViewport({ ratio: 1 }) // the page has slid in
    await t.screenshot({ path: info.outputPath('prep-top-375.png') })
    await askColleague(t, colleagueName)
    await t.screenshot({ path: info.outputPath('prep-375.png') })
  })
  const c = await newUser()
  await c.setViewportSize({ width: 375, height: 667 })
  await test.step('the colleague sees the request on their home and answers in a line', async () => {
    await answerRequest(c, srv.url, colleagueId, teacherId, ANSWER)
    await see(c, family.student.name)
    await c.screenshot({ path: info.outputPath('prep-request-375.png') })
  })
  await test.step('the teacher sees the answer, fills a strength, a question and the tick; nothing is missing', async () => {
    await t.reload()
    await see(t, ANSWER)
    await finishPrep(t)
    await t.screenshot({ path: info.outputPath('prep-done-375.png') })
  })
})

test('prep and request pages at 150 % text', async ({ srv, newUser }, info) => {
  const { visitId } = await agreedVisit(srv, teacherId, family, slot('05', '15:00', '16:00'))
  const t = await newUser()
  await t.setViewportSize({ width: 375, height: 667 })
  await setTextScale(t, 150)
  await openAs(t, srv.url, teacherId, pagePath('visitDetail', { id: visitId }))
  await visible(t).locator('.card--tap', { hasText: '家访准备' }).scrollIntoViewIfNeeded()
  await t.screenshot({ path: info.outputPath('visit-detail-150.png') })
  await visible(t).locator('.card--tap', { hasText: '家访准备' }).click()
  await see(t, '还差：')
  await t.screenshot({ path: info.outputPath('prep-150.png') })
  await askColleague(t, colleagueName)
  const c = await newUser()
  await c.setViewportSize({ width: 375, height: 667 })
  await setTextScale(c, 150)
  await openAs(c, srv.url, colleagueId, pagePath('teacherPrepRequests'))
  await see(c, `${demo.nameOf(teacherId)}老师请您提供情况`)
  await c.screenshot({ path: info.outputPath('prep-request-150.png') })
})

test('a co-visitor reads the pack and cannot change it', async ({ srv, newUser }, info) => {
  const { visitId } = await agreedVisit(srv, teacherId, family, slot('05', '15:00', '16:00'))
  const leader = demo.withRole('leader')
  const { requestId } = ok(await srv.call(leader, 'visits', 'requestJoin', { studentId: family.student._id }))
  ok(await srv.call(teacherId, 'visits', 'answerJoin', { requestId, accept: true }))
  const input = { visitId, version: 0, outline: [{ domain: 'study' as const, kind: 'strength' as const, text: '上课爱提问' }] }
  ok(await srv.call(teacherId, 'visits', 'savePrep', { ...input, questions: ['孩子周末怎么安排？'], talkedWithStudent: false }))
  const l = await newUser()
  await l.setViewportSize({ width: 375, height: 667 })
  await openAs(l, srv.url, leader, pagePath('visitPrep', { id: visitId }), '学校概况')
  await see(l, '您是共同家访人，可以查看，由安排家访的老师填写')
  await see(l, '智·闪光点：上课爱提问')
  await see(l, '还差：')
  await expect(visible(l).locator('input')).toHaveCount(0)
  await expect(visible(l).getByRole('button', { name: /保存家访准备|请同事提供情况/ })).toHaveCount(0)
  await l.screenshot({ path: info.outputPath('prep-covisitor-375.png') })
})
