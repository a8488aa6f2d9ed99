// Issue 10, no duplicates: a second teacher who answers for the family (a school leader) opens the
// proposal form for a child whose head teacher already holds the family this period, is turned away
// with "已由 … 安排", asks to join; the head teacher accepts from the inbox; the leader sees the visit
// with both names. Screens at 375×667 and at 150 % text.
import type { Page } from '@playwright/test'
import { demo } from '../support/demo'
import { ok } from '../support/test-server'
import { dayChips, draftToOption } from '../../src/client/visit-time'
import { pagePath } from '../../src/core/pages'
import { fill, see, signInById, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { E2E_NOW, expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-3-2'
const head = demo.headTeacher(CLASS_ID)
const headName = demo.staffOf(head).name
const leader = demo.withRole('leader')
const leaderName = demo.staffOf(leader).name
const family = demo.familiesOf(CLASS_ID)[0]!
const days = dayChips(E2E_NOW)

for (const scale of [100, 150]) {
  test(`a second teacher is turned away, asks to join, and is accepted (text ${scale} %)`, async ({ srv, newUser }, info) => {
    const option = draftToOption({ day: days[3]!.value, time: '15:00', minutes: 60, format: 'home', place: '' })!
    const input = { studentId: family.student._id, topic: '聊聊孩子的阅读习惯', options: [option] }
    const { visitId } = ok(await srv.call(head, 'visits', 'propose', input))
    const shot = (page: Page, name: string) => page.screenshot({ path: info.outputPath(`${name}-${scale}.png`), fullPage: false })

    const b = await newUser()
    await b.setViewportSize({ width: 375, height: 667 })
    if (scale !== 100) await setTextScale(b, scale)
    await test.step('the leader proposes to the same family and is told who holds it', async () => {
      await signInById(b, srv.url, leader)
      await see(b, leaderName)
      await b.goto(`${srv.url}/#${pagePath('visitPropose', { studentId: family.student._id, name: family.student.name, followUp: '' })}`)
      await see(b, '发起家访')
      await fill(b, '一句话：想和家长聊什么', '一起了解孩子的学习情况')
      await tapItem(b, '.chip', days[4]!.label)
      await visible(b)
        .locator('.chip', { hasText: /^16:00$/ })
        .click()
      await tap(b, '发给家长')
      await see(b, `已由 ${headName} 安排`)
      await visible(b).locator('.join-offer').scrollIntoViewIfNeeded()
      await shot(b, 'propose-turned-away')
      await tap(b, '申请一起去家访')
      await see(b, `已发送申请，等待${headName}老师同意`)
      await expect(visible(b).locator('taro-button-core', { hasText: '申请一起去家访' })).toHaveCount(0)
      await visible(b).locator('.join-offer').scrollIntoViewIfNeeded()
      await shot(b, 'propose-claimed')
    })

    const a = await newUser()
    await a.setViewportSize({ width: 375, height: 667 })
    if (scale !== 100) await setTextScale(a, scale)
    await test.step('the head teacher opens the request from the inbox and accepts', async () => {
      await signInById(a, srv.url, head)
      await visible(a).getByText('我的提醒').first().click() // on the home page, with its unread count
      await tapItem(a, '.card', '共同家访申请')
      await see(a, `${leaderName}老师申请与您一起家访`)
      await visible(a).locator('.join-requests').scrollIntoViewIfNeeded()
      await shot(a, 'visit-join-request')
      await tap(a, /^同意$/)
      await see(a, `共同家访：${leaderName}老师`)
      await expect(visible(a).locator('.join-requests')).toHaveCount(0)
    })

    await test.step('the leader opens the visit: both names, no negotiating', async () => {
      await b.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
      await see(b, `老师：${headName}`)
      await see(b, `共同家访：${leaderName}老师`)
      await see(b, `您是共同家访人，时间由${headName}老师和家长商定`)
      await expect(visible(b).locator('taro-button-core', { hasText: /取消家访|改期|电话已约好/ })).toHaveCount(0)
      await expect(visible(b).getByRole('button', { name: /取消家访|改期|电话已约好|接收提醒/ })).toHaveCount(0)
      await shot(b, 'visit-co-visitor')
    })
  })
}

const poor = demo.students.find((s) => s.schoolId === demo.schoolId && demo.categoriesOf(s.familyId).includes('rural_poor'))!

test('the household survey on the form for a registered-poor family, and a follow-up once the visit is agreed', async ({
  srv,
  newUser,
}, info) => {
  const t = await newUser()
  await t.setViewportSize({ width: 375, height: 667 })
  await setTextScale(t, 150)
  const proposeTo = async (day: number) => {
    await t.goto(`${srv.url}/#${pagePath('visitPropose', { studentId: poor._id, name: poor.name, followUp: '' })}`)
    await see(t, '发起家访')
    await fill(t, '一句话：想和家长聊什么', '了解家里的情况')
    await tapItem(t, '.chip', days[day]!.label)
    await visible(t)
      .locator('.chip', { hasText: /^15:00$/ })
      .click()
  }
  await test.step('the head teacher marks the visit as combined with the survey', async () => {
    await signInById(t, srv.url, demo.headTeacher(poor.classId))
    await see(t, '我的提醒')
    await proposeTo(3)
    await visible(t).getByRole('checkbox', { name: '本次家访结合入户调查' }).click()
    await visible(t).getByRole('checkbox', { name: '本次家访结合入户调查' }).scrollIntoViewIfNeeded()
    await t.screenshot({ path: info.outputPath('propose-survey-150.png') })
    await tap(t, /^(发给家长|发起家访，再打电话约)$/)
    await see(t, '本次家访结合入户调查')
  })
  await test.step('agreed by phone, then a follow-up: marked 跟进家访', async () => {
    const [mine] = ok(await srv.call(demo.headTeacher(poor.classId), 'visits', 'myAgenda', { from: '2026-12-01', days: 7 })).visits
    const guardianId = demo.guardians.find((g) => g.familyId === poor.familyId)!._id
    const { id: _id, ...option } = mine!.options[0]!
    const command = { kind: 'phone_agreement' as const, option, guardianId }
    ok(await srv.call(demo.headTeacher(poor.classId), 'visits', 'respond', { visitId: mine!.visitId, version: mine!.version, command }))
    await proposeTo(5)
    await tap(t, /^(发给家长|发起家访，再打电话约)$/)
    await see(t, '您已经为这个家庭发起了家访')
    await tap(t, '作为跟进家访发出')
    await see(t, '跟进家访')
    await see(t, /已发给家长|家长收不到/)
    await t.screenshot({ path: info.outputPath('visit-follow-up-150.png') })
  })
})
