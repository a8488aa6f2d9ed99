// Issue 14: the principal builds the school's report (the bar moves to 已生成), downloads it, submits it
// after a confirmation; the district account sees the submission on 全区家访看板. Screenshots of both
// pages on a small phone and at 150 % text.
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { see, signInById, slidIn, tap, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'

const PHONE = { width: 375, height: 667 }

test('export with progress, submit, and the district sees it', async ({ srv, newUser }) => {
  const page = await newUser()
  await page.setViewportSize(PHONE)
  await signInById(page, srv.url, demo.principal())
  await see(page, '学校概况')
  await tap(page, '上报区教体局')
  await see(page, '上报截止：2026-12-31')
  await see(page, '本学年还没有提交过报告')
  await tap(page, '生成报告')
  await expect(visible(page).getByRole('progressbar')).toBeVisible()
  await see(page, '已生成')
  await see(page, '全校合计')
  await slidIn(page)
  await page.screenshot({ path: test.info().outputPath('school-report-375.png'), fullPage: true })
  const download = page.waitForEvent('download')
  await tap(page, '下载报告')
  expect((await download).suggestedFilename()).toMatch(/家访工作报告\.xlsx$/)
  await tap(page, '提交')
  await see(page, '提交给区教体局？')
  await tap(page, '确认提交')
  await see(page, '第1版')

  const bureau = await newUser()
  await bureau.setViewportSize(PHONE)
  await signInById(bureau, srv.url, demo.district())
  await see(bureau, '各校概况')
  await visible(bureau).getByText('全区家访看板').first().click()
  await see(bureau, '异常提示的标准')
  await see(bureau, '已按时上报')
  await see(bureau, /已上报 1\/\d+ 所/)
  await slidIn(bureau)
  await bureau.screenshot({ path: test.info().outputPath('district-dashboard-375.png'), fullPage: true })
})

test('both pages at 150 % text', async ({ srv, newUser }) => {
  for (const [who, home, key, text, shot] of [
    [demo.principal(), '学校概况', 'schoolReport', '生成报告', 'school-report-150.png'],
    [demo.district(), '各校概况', 'districtDashboard', '异常提示的标准', 'district-dashboard-150.png'],
  ] as const) {
    const page = await newUser()
    await setTextScale(page, 150)
    await page.setViewportSize(PHONE)
    await signInById(page, srv.url, who)
    await see(page, home)
    await page.goto(`${srv.url}/#${pagePath(key)}`)
    await see(page, text)
    await page.screenshot({ path: test.info().outputPath(shot), fullPage: true })
  }
})
