// 记录修改历史: the teacher amends a submitted record on the phone, then opens the history from the record
// and sees both versions, newest first, with time, author and the part of the form that changed.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { sampleRecord } from '../support/record'
import { ok } from '../support/test-server'
import { fill, see, signInById, slidIn, tap, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { heldVisit, openRecord, teacherId } from './record-steps'
import { PHONE } from './visit-steps'

const shot = async (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) })

test('amended once: the history shows 2 versions and names the changed summary', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const first = ok(await srv.call(teacherId, 'visits', 'submitRecord', { visitId, record: sampleRecord() }))
  const t = await newUser()
  await t.setViewportSize(PHONE)
  await openRecord(t, srv, visitId, true)
  // One version: nothing to compare yet, so no history link.
  await expect(visible(t).getByText(/查看修改记录/)).toHaveCount(0)
  await tap(t, '修改记录')
  await fill(t, '写给家长的几句话', '补充：孩子在家很爱帮忙做家务。')
  await tap(t, '提交修改')
  await tap(t, '确认提交')
  await see(t, '第 2 版')
  await visible(t).getByText('查看修改记录（共 2 版）').click()
  await see(t, '共 2 版')
  await slidIn(t)
  const cards = visible(t).locator('.record-version')
  await expect(cards).toHaveCount(2)
  await expect(cards.nth(0)).toContainText('第 2 版（当前）')
  await expect(cards.nth(0)).toContainText('修改了：给家长的小结')
  await expect(cards.nth(0)).toContainText(`${first.authorName}老师`)
  await expect(cards.nth(1)).toContainText('第 1 版')
  await expect(cards.nth(1)).toContainText('第一次提交')
  await expect(cards.nth(1)).toContainText('2026年12月1日 10:00')
  await shot(t, 'versions-100.png')
  const { violations } = await new AxeBuilder({ page: t }).analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])

  const big = await newUser()
  await big.setViewportSize(PHONE)
  await setTextScale(big, 150)
  await openRecord(big, srv, visitId, true)
  await visible(big).getByText('查看修改记录（共 2 版）').scrollIntoViewIfNeeded()
  await shot(big, 'versions-link-150.png')
  await visible(big).getByText('查看修改记录（共 2 版）').click()
  await expect(visible(big).locator('.record-version')).toHaveCount(2)
  await slidIn(big)
  await shot(big, 'versions-150.png')

  // A leader reading the record (audited) reaches the same history.
  const lead = await newUser()
  await lead.setViewportSize(PHONE)
  await signInById(lead, srv.url, demo.principal())
  await see(lead, '学校概况')
  await lead.goto(`${srv.url}/#${pagePath('visitRecord', { id: visitId })}`)
  await visible(lead).getByText('查看修改记录（共 2 版）').click()
  await expect(visible(lead).locator('.record-version')).toHaveCount(2)
})
