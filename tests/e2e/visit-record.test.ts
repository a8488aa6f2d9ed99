// The visit record through the H5 app: a teacher whose visit was held fills the record on a phone, the
// network drops, the submission waits on the device and is sent once when the network returns; the
// visit shows 已完成; the parent sees the shared summary, strengths and strategies, nothing internal.
import type { Page } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { buttons, fill, see, signInById, tap, tapItem, visible } from './browser'
import { expect, test } from './fixtures'
import { family, heldVisit, openRecord, teacherId } from './record-steps'
import { fillTopics, phoneAt } from './visit-steps'

const shot = async (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) })

test('held visit: record filled, submitted offline, sent once when back; the parent sees the shared part', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const t = await phoneAt(newUser)
  await openRecord(t, srv, visitId)
  await shot(t, 'record-top.png')
  await fillTopics(t)
  await fill(t, '请输入共育策略', '每天一起阅读二十分钟')
  await fill(t, '写给家长的几句话', '孩子在校积极向上，我们约定每天一起阅读。')
  await fill(t, '仅老师和领导可见', '内部备注：家长工作忙')
  await tapItem(t, '.chip', '本次家访未接受家长的礼品、宴请和钱物')
  // No strength yet: the submission says exactly that.
  await tap(t, '提交家访记录')
  await see(t, '请至少写一条孩子的闪光点')
  await fill(t, '请输入具体表现', '数学课上爱动脑筋')
  await visible(t).getByText('二、德智体美劳反馈').scrollIntoViewIfNeeded()
  await shot(t, 'record-middle.png')

  await t.context().setOffline(true)
  await tap(t, '提交家访记录')
  await tap(t, '确认提交')
  await see(t, '1 份记录等待网络恢复后提交')
  await shot(t, 'record-queued.png')
  expect(await srv.direct.count('visit_records', { visitId })).toBe(0)

  await t.context().setOffline(false)
  await see(t, '家访记录已提交')
  expect(await srv.direct.count('visit_records', { visitId })).toBe(1)
  expect(await srv.direct.count('record_versions', { visitId })).toBe(1)
  await t.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
  await see(t, '已完成')

  const parent = await phoneAt(newUser)
  await signInById(parent, srv.url, family.parent)
  await see(parent, '我的孩子')
  await parent.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
  await see(parent, '老师的家访小结')
  await see(parent, '孩子在校积极向上，我们约定每天一起阅读。')
  await see(parent, '智：数学课上爱动脑筋')
  await see(parent, '1. 每天一起阅读二十分钟')
  await expect(visible(parent).getByText('内部备注：家长工作忙')).toHaveCount(0)
  await shot(parent, 'record-parent.png')

  // A leader reads the whole record (audited on the server), the internal note included.
  const lead = await phoneAt(newUser)
  await signInById(lead, srv.url, demo.principal())
  await see(lead, '学校概况')
  await lead.goto(`${srv.url}/#${pagePath('visitRecord', { id: visitId })}`)
  await see(lead, '内部备注：家长工作忙')
  await shot(lead, 'record-leader.png')
})

test('the record form at 150 % text: top, middle, bottom', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const t = await phoneAt(newUser, 150)
  await openRecord(t, srv, visitId)
  await shot(t, 'record-150-top.png')
  await visible(t).getByText('二、德智体美劳反馈').scrollIntoViewIfNeeded()
  await shot(t, 'record-150-middle.png')
  await visible(t).getByText('七、小结与承诺').scrollIntoViewIfNeeded()
  await shot(t, 'record-150-summary.png')
  await buttons(t, '提交家访记录').scrollIntoViewIfNeeded()
  await shot(t, 'record-150-bottom.png')
})

test("strategies and parents' opinions: rows added, numbered and removed, at 100 % and 150 % text", async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  for (const scale of [100, 150]) {
    const t = await phoneAt(newUser, scale)
    await openRecord(t, srv, visitId)
    const page = visible(t)
    await fill(t, '请输入共育策略', '每天一起阅读二十分钟')
    await page.getByText('＋ 再加一条策略').click()
    await expect(page.locator('input[placeholder^="请输入共育策略"]')).toHaveCount(2)
    await see(t, '共育策略 2')
    await page.getByText('三、商定的共育策略').scrollIntoViewIfNeeded()
    await shot(t, `record-strategies-${scale}.png`)
    await fill(t, '请输入家长意见', '希望多组织户外活动')
    await page.getByText('＋ 再加一条意见').click()
    await page.getByText('五、家长意见').scrollIntoViewIfNeeded()
    await shot(t, `record-opinions-${scale}.png`)
    // Removing the first opinion leaves the second, empty one alone, unnumbered.
    await page.locator('.record-list', { hasText: '家长意见' }).getByText('删除这一条').first().click()
    await expect(page.locator('input[placeholder^="请输入家长意见"]')).toHaveCount(1)
    await expect(page.locator('input[placeholder^="请输入家长意见"]')).toHaveValue('')
  }
})

test('the teacher home: an overdue record in red, and the plan follow-ups', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv, '2026-11-25') // due 30 Nov: overdue on 1 Dec
  const ownerId = demo.staffOf(teacherId)._id
  const followUp = { schoolId: demo.schoolId, familyId: family.student.familyId, ownerId, visitId, done: false }
  // Later than a week: under 计划中的跟进 (a nearer one is on 还需家访, see worklist.test.ts).
  await srv.direct.insert('follow_ups', { _id: 'fu-e2e-1', ...followUp, dueDate: '2026-12-20', text: '电话问问阅读情况' })
  for (const scale of [100, 150]) {
    const t = await phoneAt(newUser, scale)
    await signInById(t, srv.url, teacherId)
    await see(t, '待填写家访记录 1')
    await see(t, '已超期（11月30日）')
    await visible(t).getByText('计划中的跟进').scrollIntoViewIfNeeded()
    await see(t, '电话问问阅读情况')
    await visible(t).getByText('待填写家访记录 1').scrollIntoViewIfNeeded()
    await shot(t, `home-records-${scale}.png`)
    await visible(t).getByText('计划中的跟进').scrollIntoViewIfNeeded()
    await shot(t, `home-follow-ups-${scale}.png`)
  }
  // Done: the follow-up leaves the list.
  const t = await newUser()
  await signInById(t, srv.url, teacherId)
  await visible(t).getByRole('button', { name: '标记完成：电话问问阅读情况' }).click()
  await see(t, '已标记完成')
  await expect(visible(t).getByText('电话问问阅读情况')).toHaveCount(0)
})

test('complaint-style wording is pointed out as the teacher pauses, with the rule; 改写 puts the suggestion in', async ({
  srv,
  newUser,
}) => {
  const visitId = await heldVisit(srv)
  const t = await phoneAt(newUser)
  await openRecord(t, srv, visitId)
  const strategy = visible(t).locator('input[placeholder="请输入共育策略"]')
  await strategy.fill('孩子总是不交作业，请家长多督促')
  await see(t, '措辞提醒（1处）')
  await see(t, '共育策略（第1条）')
  await see(t, /绝对化/)
  await visible(t).locator('.tone-hint').scrollIntoViewIfNeeded()
  await shot(t, 'record-tone-hint.png')
  await buttons(t, /^改写$/)
    .first()
    .click()
  await expect(strategy).not.toHaveValue(/总是/)
  await expect(strategy).toHaveValue(/作业/)
  // Rephrased: the next check finds nothing, and the hint goes.
  await expect(visible(t).locator('.tone-hints')).toHaveCount(0, { timeout: 10_000 })
})
