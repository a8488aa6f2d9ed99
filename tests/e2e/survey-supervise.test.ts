// Supervision through the built H5 app: the principal draws a phone spot-check, starts a call (the
// number appears), records the outcome and sees 到位率 move on the plan board; a call in which the
// family denies a visit becomes a dispute that the teacher explains from the inbox and the principal
// resolves. Each new screen is photographed at 375×667 and at 150 % text.
import type { Page, TestInfo } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { headTeacher, principal } from '../support/covisit'
import { completedVisit } from '../support/supervise'
import { ok, type TestServer } from '../support/test-server'
import { see, signInById, slidIn, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { expect } from './fixtures'
import { movingClock } from './moving-clock'

// Visits are completed through the real flow, so this server's clock moves (the browsers' stays frozen).
const { test, at } = movingClock()

async function shoot(page: Page, info: TestInfo, name: string) {
  await slidIn(page)
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true })
}
const open = (page: Page, srv: TestServer, path: string) => page.goto(`${srv.url}/#${path}`)
const coverageText = (page: Page) => visible(page).locator('.survey-figure', { hasText: '到位率' })

async function phone(newUser: () => Promise<Page>, srv: TestServer, userId: string, scale = 100) {
  const page = await newUser()
  await page.setViewportSize({ width: 375, height: 667 })
  if (scale !== 100) await setTextScale(page, scale)
  await signInById(page, srv.url, userId)
  return page
}

test("a spot-check is drawn, a call reveals the number, the outcome moves 到位率; a denial is resolved after the teacher's side", async ({
  srv,
  newUser,
}, info) => {
  const [a, b] = [await completedVisit(srv, 0, '03', at), await completedVisit(srv, 1, '04', at)]
  at('2026-12-10T02:00:00.000Z')
  const page = await phone(newUser, srv, principal())
  await see(page, '学校概况')
  await tap(page, '家访进度')
  await expect(coverageText(page)).toContainText('到位率 0%')
  const before = (await coverageText(page).textContent())!
  await shoot(page, info, 'plan-figures-375')

  await open(page, srv, pagePath('leaderSpotCheck'))
  await visible(page).getByRole('radio', { name: '5 户' }).click()
  await tap(page, '随机抽取')
  await see(page, '抽查 2 户')
  await see(page, '通话提示')
  await shoot(page, info, 'spot-check-375')
  const card = visible(page).locator('.spot-pick').first()
  await card.locator('taro-button-core', { hasText: '开始通话' }).click()
  await expect(card.locator('a.phone-link').first()).toHaveAttribute('href', /^tel:\d{11}$/)
  await card.getByRole('radio', { name: '联系上了' }).click()
  await card.getByRole('radiogroup', { name: '家访是否属实' }).getByRole('radio', { name: '与记录一致' }).click()
  await card.getByRole('radiogroup', { name: '家长是否满意' }).getByRole('radio', { name: '是' }).click()
  await card.getByRole('radiogroup', { name: '是否有送礼、吃请或钱物' }).getByRole('radio', { name: '否' }).click()
  await shoot(page, info, 'spot-call-375')
  await card.locator('taro-button-core', { hasText: '保存结果' }).click()
  await expect(visible(page).locator('.spot-pick__done').first()).toContainText('家访属实')

  await open(page, srv, pagePath('leaderPlan'))
  await expect(coverageText(page)).not.toHaveText(before)
  await expect(coverageText(page)).toContainText('（1/')

  // The other family, called (through the API here), says nobody came: a dispute for the leaders.
  const check = ok(await srv.call(principal(), 'surveys', 'spotCheck', {})).check!
  const other = check.picks.find((p) => !p.outcome)!.visitId
  const outcome = { reached: true, tookPlace: 'not_held' as const, satisfied: null, offered: null, note: '家长说那天没有老师来' }
  ok(await srv.call(principal(), 'surveys', 'recordSpotOutcome', { spotCheckId: check.spotCheckId, visitId: other, outcome }))
  expect([a.visitId, b.visitId]).toContain(other)
  await open(page, srv, pagePath('leaderDisputes'))
  await see(page, '待处理 1 条')
  await see(page, '家长说：家长说那天没有老师来')
  await see(page, '老师还没有说明情况')
  await shoot(page, info, 'disputes-375')

  const teacher = await phone(newUser, srv, headTeacher(), 150)
  await see(teacher, '我的班级')
  await open(teacher, srv, pagePath('visitInbox'))
  await tapItem(teacher, '.inbox-item', '有一条家访需要您说明情况')
  await see(teacher, '请如实写下这次家访的经过')
  await visible(teacher).locator('textarea[placeholder="这次家访的时间、方式和经过"]').fill('12月4日下午三点入户家访，奶奶在家')
  await shoot(teacher, info, 'teacher-dispute-150')
  await tap(teacher, '提交说明')
  await see(teacher, /已于.*说明：12月4日/)

  await page.reload()
  await see(page, '老师说明：12月4日下午三点入户家访，奶奶在家')
  await visible(page).locator('textarea[placeholder="核实的经过和结论"]').fill('已电话核实：家长记错了日期')
  await shoot(page, info, 'dispute-resolve-375')
  await tap(page, '经核实记录无误')
  await see(page, '没有待处理的异议')
  await see(page, '家长说没有家访 · 经核实记录无误')
})

test("the leader's pages at 150 % text", async ({ srv, newUser }, info) => {
  await completedVisit(srv, 0, '03', at)
  at('2026-12-10T02:00:00.000Z')
  const page = await phone(newUser, srv, principal(), 150)
  await see(page, '学校概况') // signed in and landed: navigating earlier would be overridden
  await open(page, srv, pagePath('leaderPlan'))
  await expect(coverageText(page)).toContainText('到位率')
  await shoot(page, info, 'plan-figures-150')
  await open(page, srv, pagePath('leaderSpotCheck'))
  await tap(page, '随机抽取')
  const card = visible(page).locator('.spot-pick').first()
  await card.locator('taro-button-core', { hasText: '开始通话' }).click()
  await card.getByRole('radio', { name: '联系上了' }).click()
  await expect(card.locator('a.phone-link').first()).toBeVisible()
  await shoot(page, info, 'spot-call-150')
  await open(page, srv, pagePath('leaderDisputes'))
  await see(page, '目前没有有异议的家访')
  await shoot(page, info, 'disputes-150')
})
