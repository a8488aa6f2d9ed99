// Holding a visit in the H5 app: a teacher with an agreed, prepared home visit checks in naming a
// colleague, presses 我需要帮助 (after confirming); the colleague reads the alert in 我的提醒 with the
// time and area only; the teacher checks out with who took part. Screens at 375×667, 100 % and 150 %.
import type { Page, TestInfo } from '@playwright/test'
import { demo } from '../support/demo'
import { completePrep } from '../support/hold'
import { ok, type TestServer } from '../support/test-server'
import { pagePath } from '../../src/core/pages'
import { see, signInById, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { openAs } from './visit-steps'

const CLASS_ID = 'cls-qs-2-2'
const teacherId = demo.headTeacher(CLASS_ID)
const colleagueId = demo.subjectTeacher()
const colleagueName = demo.staffOf(colleagueId).name
const families = demo.familiesOf(CLASS_ID).filter((f, i, all) => all.findIndex((g) => g.student.familyId === f.student.familyId) === i)

/** Agreed for today 10:30–11:30 (the E2E clock says 10:00), prep complete: check-in is open. */
async function agreedToday(srv: TestServer, n: number, from = '10:30', to = '11:30', prepared = true) {
  const family = families[n]!
  const option = { startAt: `2026-12-01T${from}:00+08:00`, endAt: `2026-12-01T${to}:00+08:00`, format: 'home' as const, place: null }
  const v = ok(
    await srv.call(teacherId, 'visits', 'propose', { studentId: family.student._id, topic: '聊聊孩子的运动', options: [option] }),
  )
  const command = { kind: 'accept' as const, optionId: v.options[0]!.id }
  ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
  if (prepared) await completePrep(srv, v.visitId, demo.schoolId)
  return { visitId: v.visitId, family }
}

const openVisit = (page: Page, srv: TestServer, userId: string, visitId: string) =>
  openAs(page, srv.url, userId, pagePath('visitDetail', { id: visitId }))

const button = (page: Page, name: string | RegExp) => visible(page).getByRole('button', { name }).first()

async function shot(page: Page, info: TestInfo, name: string) {
  await visible(page).locator('.hold').scrollIntoViewIfNeeded()
  await page.screenshot({ path: info.outputPath(`${name}.png`) })
}

test('check in naming a colleague, ask for help, the colleague reads time and area only, check out', async ({ srv, newUser }, info) => {
  const { visitId, family } = await agreedToday(srv, 0)
  const t = await newUser()
  await t.setViewportSize({ width: 375, height: 667 })
  await test.step('the teacher checks in naming a colleague', async () => {
    await openVisit(t, srv, teacherId, visitId)
    await see(t, '只记录签到和签退时间，不记录位置。')
    await button(t, '选择安全联系人').click()
    await tapItem(t, '.chip', colleagueName)
    await see(t, `安全联系人：${colleagueName}老师`)
    await button(t, '开始家访（签到）').click()
    await see(t, '家访中 · 签到 10:00')
    await shot(t, info, 'in-visit-100')
  })
  await test.step('我需要帮助, confirmed first', async () => {
    await button(t, '我需要帮助').click()
    await see(t, `将通知 ${colleagueName}老师和学校联系人：家访时间和大致区域`)
    await tap(t, '立即通知')
    await see(t, `已通知：${colleagueName}老师、学校联系人`)
  })
  await test.step('the colleague sees the alert in 我的提醒: time and area, no child, no address', async () => {
    const c = await newUser()
    await signInById(c, srv.url, colleagueId)
    await tapItem(c, '.cell-tap', '我的提醒')
    const item = visible(c).locator('.inbox-item', { hasText: '同事家访中请求帮助' }).first()
    await expect(item).toContainText('2026年12月1日 10:30–11:30')
    await expect(item).toContainText(/大致区域：大武口区.+街道/)
    await expect(item).not.toContainText(family.student.name)
    await expect(item).not.toContainText(/\d+号/)
  })
  await test.step('the teacher checks out with who took part', async () => {
    await button(t, '结束家访（签退）').click()
    await see(t, '谁参加了这次家访？')
    await shot(t, info, 'check-out-100')
    await visible(t).locator('.hold__guardian .check').first().click()
    await visible(t).getByRole('radio', { name: '远程' }).first().click()
    await button(t, '确认签退').click()
    await see(t, '已签退 10:00')
    await see(t, '请在5天内填写家访记录。')
    const s = ok(await srv.call(teacherId, 'visits', 'session', { visitId })).session!
    expect(s.participants).toMatchObject({ guardians: [{ presence: 'remote' }], staffIds: [demo.staffOf(teacherId)._id] })
  })
})

test('at 150 % text: the in-visit state and the check-out form', async ({ srv, newUser }, info) => {
  const { visitId } = await agreedToday(srv, 1, '10:45', '11:45')
  ok(await srv.call(teacherId, 'visits', 'checkIn', { visitId, safetyContactId: demo.staffOf(colleagueId)._id }))
  const t = await newUser()
  await t.setViewportSize({ width: 375, height: 667 })
  await setTextScale(t, 150)
  await openVisit(t, srv, teacherId, visitId)
  await see(t, '家访中 · 签到 10:00')
  await expect(button(t, '我需要帮助')).toBeVisible()
  await shot(t, info, 'in-visit-150')
  await button(t, '结束家访（签退）').click()
  await see(t, '谁参加了这次家访？')
  await visible(t).locator('.hold__guardian .check').first().click()
  await visible(t).locator('.hold__form').scrollIntoViewIfNeeded()
  await t.screenshot({ path: info.outputPath('check-out-150.png') })
})

test('prep incomplete: instead of the check-in button, what is missing', async ({ srv, newUser }, info) => {
  const { visitId } = await agreedToday(srv, 2, '11:00', '12:00', false)
  const t = await newUser()
  await t.setViewportSize({ width: 375, height: 667 })
  await openVisit(t, srv, teacherId, visitId)
  await see(t, '开始家访前，请先完成家访准备')
  await see(t, '· 至少写一条孩子的闪光点')
  await expect(button(t, '开始家访（签到）')).toHaveCount(0)
  await shot(t, info, 'prep-missing-100')
})
