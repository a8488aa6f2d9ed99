// The whole visit, as its people live it on their phones (issue 11): the teacher asks a colleague for a
// note in the prep pack, the colleague answers, the pack is complete; the family is ready early, so the
// teacher checks in before the agreed time and out, writes the record (a complaint-style phrase is pointed
// out and rephrased) with no network, and it is sent once when the network returns; the archive shows it;
// the parent, at 150 % text, reads the shared summary and never the internal note. The clock moves on.
import type { Page } from '@playwright/test'
import { pagePath } from '../../src/core/pages'
import { demo } from '../support/demo'
import { agreedOn } from '../support/hold'
import { ok, startTestServer } from '../support/test-server'
import { buttons, fill, see, signInById, slidIn, tap, tapItem, visible } from './browser'
import { setTextScale } from './every-page'
import { E2E_NOW, expect, H5_DIR, test as base } from './fixtures'
import { answerRequest, askColleague, fillTopics, finishPrep, openArchive, openAs, PHONE } from './visit-steps'

const CLASS_ID = 'cls-qs-3-2'
const teacherId = demo.headTeacher(CLASS_ID)
const colleagueId = demo.teacherOf(CLASS_ID, true)
const family = demo.familiesOf(CLASS_ID)[0]!
const student = family.student.name
const ANSWER = '上课发言积极，作业字迹工整'
const FLAGGED = '孩子总是不交作业，屡教不改'
const SUMMARY = '孩子这周有两次作业没交，我们约定每天睡前一起检查书包。'
const NOTE = '内部备注：爸爸常年在外地，下次约在周末'
/** Shanghai wall-clock times of 1 December 2026, the day of the visit. */
const at = (hhmm: string) => new Date(`2026-12-01T${hhmm}:00+08:00`)

/** One clock for the server and the pages: each step of the day sets it. */
const test = base.extend<{ clock: { now: Date } }>({
  // eslint-disable-next-line no-empty-pattern -- a Playwright fixture with no dependencies
  clock: async ({}, use) => use({ now: E2E_NOW }),
  srv: async ({ clock }, use) => {
    const srv = await startTestServer({ staticDir: H5_DIR, clock: () => clock.now })
    await use(srv)
    await srv.close()
  },
})

async function shot(page: Page, name: string) {
  await slidIn(page)
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) })
}

test('ask a colleague, prepare, hold, record offline, archive; the parent sees the shared summary', async ({ srv, newUser, clock }) => {
  const { visitId } = await agreedOn(srv, teacherId, family, '01', 'home', '10:30', '11:30')
  const visitPath = pagePath('visitDetail', { id: visitId })
  const t = await newUser()
  await t.setViewportSize(PHONE)
  const moveTo = async (hhmm: string) => {
    clock.now = at(hhmm)
    await t.clock.setFixedTime(clock.now)
  }

  await test.step('10:00 the teacher opens 家访准备 and asks a colleague for a note', async () => {
    await openAs(t, srv.url, teacherId, visitPath)
    await tapItem(t, '.card--tap', '家访准备')
    await see(t, '还差：')
    await askColleague(t, demo.nameOf(colleagueId))
    await shot(t, '1-prep-asked')
  })

  await test.step('the colleague answers on 同事请你提供情况', async () => {
    const c = await newUser()
    await c.setViewportSize(PHONE)
    await answerRequest(c, srv.url, colleagueId, teacherId, ANSWER)
    await shot(c, '2-colleague-answered')
  })

  await test.step("the teacher's pack shows the answer and is completed", async () => {
    await t.reload()
    await see(t, ANSWER)
    await finishPrep(t)
    await visible(t).getByText('准备好了，可以去家访').scrollIntoViewIfNeeded()
    await shot(t, '3-prep-complete')
  })

  await test.step('the family is ready early: the teacher checks in at 10:00, out at 10:25 with who took part', async () => {
    await t.goto(`${srv.url}/#${visitPath}`)
    await visible(t).getByRole('button', { name: '开始家访（签到）' }).click()
    await see(t, '家访中 · 签到 10:00')
    await moveTo('10:25')
    await visible(t).getByRole('button', { name: '结束家访（签退）' }).click()
    await visible(t).locator('.hold__guardian .check').first().click()
    await visible(t).getByRole('button', { name: '确认签退' }).click()
    await see(t, '已签退 10:25')
    await visible(t).locator('.hold').scrollIntoViewIfNeeded()
    await shot(t, '4-checked-out')
  })

  await test.step('the record (before the agreed 10:30 start): a complaint-style phrase is pointed out, rephrased, the hint goes', async () => {
    await tap(t, '填写家访记录')
    await see(t, '一、家庭情况')
    await fillTopics(t)
    await fill(t, '请输入具体表现', '数学课上爱动脑筋')
    await fill(t, '请输入共育策略', '每天一起阅读二十分钟')
    await fill(t, '写给家长的几句话', FLAGGED)
    await see(t, '措辞提醒（2处）')
    await see(t, '给家长的小结')
    await visible(t).locator('.tone-hint').first().scrollIntoViewIfNeeded()
    await shot(t, '5-tone-hint')
    await fill(t, '写给家长的几句话', SUMMARY)
    await expect(visible(t).locator('.tone-hints')).toHaveCount(0)
    await fill(t, '仅老师和领导可见', NOTE)
    await tapItem(t, '.chip', '本次家访未接受家长的礼品、宴请和钱物')
  })

  await test.step('no network: the submission waits on the phone; back online, it is sent once', async () => {
    await t.context().setOffline(true)
    await tap(t, '提交家访记录')
    await tap(t, '确认提交')
    await see(t, '1 份记录等待网络恢复后提交')
    await buttons(t, '现在重试提交').scrollIntoViewIfNeeded()
    await shot(t, '6-queued-offline')
    expect(await srv.direct.count('visit_records', { visitId })).toBe(0)
    await t.context().setOffline(false)
    await see(t, '家访记录已提交')
    const { versions } = ok(await srv.call(teacherId, 'visits', 'recordVersions', { visitId }))
    expect(versions.map((v) => v.n)).toEqual([1])
    expect(await srv.direct.count('visit_records', { visitId })).toBe(1)
  })

  await test.step("the student's 家访档案 shows the visit and its whole record", async () => {
    await t.goto(`${srv.url}/#${visitPath}`)
    await see(t, '已完成')
    const archive = await openArchive(t, `${student}的家访档案`, '您可以看到完整的家访记录')
    await expect(archive).toContainText('2026年12月1日 10:30')
    await expect(archive).toContainText(SUMMARY)
    await expect(archive).toContainText(NOTE)
    await shot(t, '7-archive-teacher')
  })

  await test.step('the parent, at 150 % text, reads the shared summary and not the internal note', async () => {
    const p = await newUser()
    await p.setViewportSize(PHONE)
    await setTextScale(p, 150)
    await signInById(p, srv.url, family.parent)
    await see(p, '我的孩子')
    const archive = await openArchive(p, `${student}的家访记录`, '老师和您分享的家访小结')
    await expect(archive).toContainText(SUMMARY)
    await expect(archive).toContainText('数学课上爱动脑筋')
    await expect(archive).not.toContainText(NOTE)
    await expect(archive).not.toContainText(FLAGGED)
    // At 150 % the visit's date and time still fit the card (they may go on two lines).
    const head = archive.locator('.archive-visit__head').first()
    expect(await head.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0)
    await shot(p, '8-parent-150')
  })
})
