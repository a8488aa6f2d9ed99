// Who answers each parent opinion written in a record: 班主任 by default, 学校 when the teacher picks it.
// The choice stays with its opinion when another is deleted, and the tickets go where chosen.
import type { Page } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { fill, see, signInById, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { expect, test } from './fixtures'
import { family, heldVisit, openRecord } from './record-steps'
import { fillTopics, PHONE } from './visit-steps'

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(name) })
const route = (page: Page, group: string) => visible(page).getByRole('radiogroup', { name: group })
const addOpinion = (page: Page) => visible(page).getByRole('button', { name: '＋ 再加一条意见' }).click()

/** Three opinions, the second to the school; then the first deleted: the school choice moves up with its opinion. */
async function writeOpinions(page: Page) {
  await fill(page, '请输入家长意见', '希望多组织户外活动')
  await expect(route(page, '这条意见由谁回复').getByRole('radio', { name: '班级（班主任）' })).toHaveAttribute('aria-checked', 'true')
  await addOpinion(page)
  await fill(page, '请输入家长意见 2', '食堂能否公布每周菜谱')
  await route(page, '意见 2 由谁回复').getByRole('radio', { name: '学校（校领导）' }).click()
  await addOpinion(page)
  await fill(page, '请输入家长意见 3', '作业能否少一点')
  await visible(page).getByRole('button', { name: '删除这一条' }).first().click()
  await expect(route(page, '意见 1 由谁回复').getByRole('radio', { name: '学校（校领导）' })).toHaveAttribute('aria-checked', 'true')
  await expect(route(page, '意见 2 由谁回复').getByRole('radio', { name: '班级（班主任）' })).toHaveAttribute('aria-checked', 'true')
  await visible(page).getByText('五、家长意见').scrollIntoViewIfNeeded()
}

test('each opinion goes to whom the teacher chose; the record view says which the school answers', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const t = await newUser()
  await t.setViewportSize(PHONE)
  await openRecord(t, srv, visitId)
  await fillTopics(t)
  await fill(t, '请输入具体表现', '数学课上爱动脑筋')
  await fill(t, '请输入共育策略', '每天一起阅读二十分钟')
  await writeOpinions(t)
  await shot(t, 'opinions-100.png')
  await tapItem(t, '.chip', '本次家访未接受家长的礼品、宴请和钱物')
  await tap(t, '提交家访记录')
  await tap(t, '确认提交')
  await see(t, '家访记录已提交')
  const tickets = await srv.direct.find('tickets', { where: { familyId: family.student.familyId }, limit: 10 })
  expect(tickets.map((x) => [x.text, x.route]).sort()).toEqual([
    ['作业能否少一点', 'class'],
    ['食堂能否公布每周菜谱', 'school'],
  ])
  // A leader reads the record: the opinion the school answers says so.
  const lead = await newUser()
  await lead.setViewportSize(PHONE)
  await signInById(lead, srv.url, demo.principal())
  await see(lead, '学校概况')
  await lead.goto(`${srv.url}/#${pagePath('visitRecord', { id: visitId })}`)
  await see(lead, '食堂能否公布每周菜谱（由学校回复）')
  await visible(lead).getByText('食堂能否公布每周菜谱（由学校回复）').scrollIntoViewIfNeeded()
  await shot(lead, 'record-read-100.png')
})

test('the opinions with their route choice at 150 % text', async ({ srv, newUser }) => {
  const visitId = await heldVisit(srv)
  const t = await newUser()
  await t.setViewportSize(PHONE)
  await setTextScale(t, 150)
  await openRecord(t, srv, visitId)
  await writeOpinions(t)
  await route(t, '意见 1 由谁回复').scrollIntoViewIfNeeded()
  await shot(t, 'opinions-150-first.png')
  await visible(t).getByRole('button', { name: '＋ 再加一条意见' }).scrollIntoViewIfNeeded()
  await shot(t, 'opinions-150-second.png')
})
