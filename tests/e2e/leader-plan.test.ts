// The leaders' plan board through the built H5 app: the principal opens 家访进度, taps a number and sees
// the families behind it, accepts the automatic assignment, and a moved family shows its new owner.
// The district sets its calendar. Each new page is photographed at 375 px and at 150 % text.
import type { Page, TestInfo } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { handFamilies } from '../support/coverage'
import { ok, type TestServer } from '../support/test-server'
import { see, signInById, tap, visible } from './browser'
import { expect, test } from './fixtures'
import { signedInPhone } from './visit-steps'

const principal = demo.principal()
const CLASS = 'cls-qs-3-1'
const inClass = handFamilies().filter((f) => f.classId === CLASS).length

const shoot = (page: Page, info: TestInfo, name: string) => page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true })
const open = (page: Page, srv: TestServer, path: string) => page.goto(`${srv.url}/#${path}`)

test('the principal reads the board, opens the families behind a number and accepts the automatic assignment', async ({
  srv,
  newUser,
}, info) => {
  const page = await signedInPhone(newUser, srv.url, principal, '学校概况')
  await tap(page, '家访进度')
  await see(page, '领导班子本学年家访')
  await expect(visible(page).getByRole('table', { name: '三年级各班家访进度' })).toBeVisible()
  await shoot(page, info, 'plan-375')
  await visible(page).getByRole('table', { name: '六年级各班家访进度' }).scrollIntoViewIfNeeded()
  await shoot(page, info, 'plan-375-table')

  await visible(page)
    .getByRole('button', { name: `三年级1班应访 ${inClass} 户，查看名单` })
    .click()
  await see(page, '三年级1班 · 应访')
  await see(page, `共 ${inClass} 户`)
  await expect(visible(page).locator('.family-row')).toHaveCount(inClass)
  await shoot(page, info, 'families-375')

  // The suggestion the page will show (the same data gives the same suggestion).
  const expected = ok(await srv.call(principal, 'coverage', 'suggestAssignment', {}))
  const moved = expected.moves.find((m) => handFamilies().find((f) => f.familyId === m.familyId)?.classId === CLASS) ?? expected.moves[0]!
  await open(page, srv, pagePath('leaderPlan'))
  await tap(page, '自动分配')
  await see(page, '每位领导负责的户数')
  await tap(page, '生成建议')
  await see(page, `建议调整 ${expected.moves.length} 户`)
  await see(page, new RegExp(`${moved.toName} \\+\\d+ 户`))
  await shoot(page, info, 'assign-375')
  await tap(page, `确认分配（共 ${expected.moves.length} 户）`)
  await expect(visible(page).getByRole('dialog', { name: `确认分配 ${expected.moves.length} 户？` })).toBeVisible()
  await tap(page, /^确认分配$/)
  await see(page, `已分配 ${expected.moves.length} 户`)

  const classId = handFamilies().find((f) => f.familyId === moved.familyId)!.classId
  await open(page, srv, pagePath('leaderFamilies', { scope: `class:${classId}`, measure: 'required' }))
  const card = visible(page).locator('.family-row', { hasText: moved.children.split('、')[0]! })
  await expect(card).toContainText(`负责：${moved.toName}（学校指派）`)
})

test('改派 from the list: pick a colleague, confirm, the family shows its new owner', async ({ srv, newUser }) => {
  const page = await newUser()
  await signInById(page, srv.url, principal)
  await see(page, '学校概况')
  await open(page, srv, pagePath('leaderFamilies', { scope: `class:${CLASS}`, measure: 'unclaimed' }))
  const card = visible(page).locator('.family-row').first()
  const who = demo.staffOf(demo.teacherOf(CLASS, true))
  await card.getByRole('button', { name: /^改派/ }).click()
  await visible(page)
    .getByRole('radio', { name: new RegExp(`^${who.name}（`) })
    .click()
  await tap(page, '下一步')
  await expect(visible(page).getByRole('dialog', { name: `改派给${who.name}？` })).toBeVisible()
  await tap(page, '确认改派')
  await see(page, `已改派给 ${who.name}`)
  await expect(visible(page).locator('.family-row').first()).toContainText(`负责：${who.name}（学校指派）`)
})

test('the district moves the start of spring; this year’s dates follow as they are chosen', async ({ srv, newUser }, info) => {
  const page = await signedInPhone(newUser, srv.url, demo.district(), '各校概况')
  await visible(page)
    .getByRole('button', { name: /^学年与学期/ })
    .click()
  await see(page, '2027年2月1日–2027年8月31日')
  await shoot(page, info, 'calendar-375')
  await visible(page).getByRole('button', { name: '春季学期开始日期的月份减一' }).click()
  await visible(page).getByRole('button', { name: '春季学期开始日期的日期加一' }).click()
  await see(page, '2027年1月2日–2027年8月31日')
  await tap(page, /^保存$/)
  await tap(page, '确认保存')
  await see(page, '已保存，已重新归档 0 个家访')
  expect(ok(await srv.call(demo.district(), 'coverage', 'calendar', {})).calendar).toEqual({ yearStart: '09-01', springStart: '01-02' })
})

test('screenshots of the new pages at 150 % text', async ({ srv, newUser }, info) => {
  const page = await signedInPhone(newUser, srv.url, principal, '学校概况', 150)
  await shoot(page, info, 'leader-home-150')
  await open(page, srv, pagePath('leaderPlan'))
  await see(page, '领导班子本学年家访')
  await shoot(page, info, 'plan-150')
  await visible(page).getByRole('table', { name: '三年级各班家访进度' }).scrollIntoViewIfNeeded()
  await shoot(page, info, 'plan-150-table')
  await visible(page).getByText('领导班子本学年家访').scrollIntoViewIfNeeded()
  await shoot(page, info, 'plan-150-leaders')
  await open(page, srv, pagePath('leaderFamilies', { scope: 'grade:3', measure: 'unclaimed' }))
  await see(page, '共 ')
  await shoot(page, info, 'families-150')
  await open(page, srv, pagePath('leaderAssign'))
  await tap(page, '生成建议')
  await see(page, '建议调整')
  await shoot(page, info, 'assign-150')
  const district = await signedInPhone(newUser, srv.url, demo.district(), '各校概况', 150)
  await open(district, srv, pagePath('districtCalendar'))
  await see(district, '春季学期')
  await shoot(district, info, 'calendar-150')
})
