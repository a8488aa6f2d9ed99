// Issue-4 through the built H5 app, on two phones, in five independent tests: each starts from the
// state it needs (made through the API) and does one part of the journey in the UI — the teacher
// proposes; the parent counter-offers; the teacher accepts and both see the receipt; the parent
// subscribes and gets the day-before reminder; the parent reschedules and the teacher cancels.
// Days and times come from the frozen E2E clock, the same in the server and the browsers.
import type { Page } from '@playwright/test'
import { demo } from '../support/demo'
import { ok, type TestServer } from '../support/test-server'
import { chipInstant, dayChips, draftToOption, type VisitFormat } from '../../src/client/visit-time'
import { pagePath } from '../../src/core/pages'
import { buttons, fill, see, signInById, tap, tapItem, visible } from './browser'
import { E2E_NOW, expect, test } from './fixtures'

const CLASS_ID = 'cls-qs-3-2'
const teacherId = demo.headTeacher(CLASS_ID)
const teacherName = demo.staffOf(teacherId).name

/** An approved parent in the head teacher's class, whose child is on the first page of the class list. */
const family = demo.familiesOf(CLASS_ID).sort((a, b) => a.student.studentNo.localeCompare(b.student.studentNo))[0]!

const days = dayChips(E2E_NOW)
const day = (n: number) => days[n]!

/** The option the chip picker makes for a day, a time and a format (an hour long). */
const option = (dayIndex: number, time: string, format: VisitFormat = 'home') =>
  draftToOption({ day: day(dayIndex).value, time, minutes: 60, format, place: '' })!

/** A tappable by its spoken name: buttons and the rows of a cell list alike. */
const action = (page: Page, name: string | RegExp) => visible(page).getByRole('button', { name }).first()

/** A parent's one time: the day, the part of the day, then the time as it is said (下午4:00). */
async function pickParentTime(page: Page, dayIndex: number, part: '上午' | '下午' | '晚上', time: string) {
  const panel = visible(page).locator('.panel')
  await panel.getByRole('radio', { name: day(dayIndex).label }).click()
  await panel.getByRole('radio', { name: part, exact: true }).click()
  await panel.getByRole('radio', { name: time, exact: true }).click()
}

/** One time option on the teacher's chip picker that is open. */
async function pickOption(page: Page, dayIndex: number, time: string, format?: string) {
  await tapItem(page, '.chip', day(dayIndex).label)
  await visible(page)
    .locator('.chip', { hasText: new RegExp(`^${time}$`) })
    .click()
  if (format)
    await visible(page)
      .locator('.chip', { hasText: new RegExp(`^${format}$`) })
      .click()
}

/** Signs in and opens the visit page, as the link in a reminder does. */
async function openFromReminder(page: Page, srv: TestServer, userId: string, visitId: string) {
  await signInById(page, srv.url, userId)
  await see(page, '我的提醒') // the home page has shown: a later link is not replaced by it
  await page.goto(`${srv.url}/#${pagePath('visitDetail', { id: visitId })}`)
}

// States made through the API, as the earlier parts of the journey leave them.
async function proposed(srv: TestServer) {
  const input = { studentId: family.student._id, topic: '聊聊孩子的阅读习惯', options: [option(3, '15:00'), option(4, '19:00', 'video')] }
  return ok(await srv.call(teacherId, 'visits', 'propose', input))
}
async function countered(srv: TestServer) {
  const v = await proposed(srv)
  const command = { kind: 'counter' as const, options: [option(5, '16:00')], text: '那天下午家里有人' }
  return ok(await srv.call(family.parent, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
}
async function agreed(srv: TestServer) {
  const v = await countered(srv)
  const command = { kind: 'accept' as const, optionId: v.options[0]!.id }
  return ok(await srv.call(teacherId, 'visits', 'respond', { visitId: v.visitId, version: v.version, command }))
}

test('the teacher proposes two times from the class list', async ({ srv, newUser }) => {
  const t = await newUser()
  await signInById(t, srv.url, teacherId)
  await see(t, '本周家访')
  await tapItem(t, '.card', demo.className(CLASS_ID))
  await see(t, '学生名单')
  await visible(t).locator('.row', { hasText: family.student.name }).locator('.row__action').click()
  await see(t, '发起家访')
  await see(t, day(0).label) // the page's today is the server's: 今天 12月1日
  await fill(t, '一句话：想和家长聊什么', '聊聊孩子的阅读习惯')
  await pickOption(t, 3, '15:00')
  await tap(t, '再加一个时间')
  await pickOption(t, 4, '19:00', '视频')
  await tap(t, '发给家长')
  await see(t, '已发给家长，等家长回复')
  await expect(buttons(t, '选这个时间')).toHaveCount(0) // never the other side's confirm button
  await expect(visible(t).locator('.option-card')).toHaveCount(2)
  await expect(visible(t).getByRole('button', { name: /^接收提醒/ })).toHaveCount(1) // teachers can ask for reminders too
})

test('the parent reads the proposal in plain words and offers another time', async ({ srv, newUser }) => {
  await proposed(srv)
  const p = await newUser()
  await test.step('the proposal is the first thing on the home page', async () => {
    await signInById(p, srv.url, family.parent)
    await see(p, '等您回复')
    await see(p, `${teacherName}老师想来家访，给了2个时间`)
    await tap(p, '去回复')
    await see(p, '老师想在')
    await see(p, '到家里来看看孩子')
    await expect(buttons(p, '选这个时间')).toHaveCount(2)
    await expect(visible(p).getByRole('button', { name: /^不方便入户，改用其他方式/ })).toHaveCount(1)
    await expect(visible(p).getByRole('button', { name: /电话已约好/ })).toHaveCount(0) // a teacher's action
  })
  await test.step('a counter-offer for day 5, declining reminders for now', async () => {
    await action(p, '另约时间').click()
    await pickParentTime(p, 5, '下午', '下午4:00')
    await fill(p, '想对老师说的话', '那天下午家里有人')
    await tap(p, '发给老师')
    await see(p, '已发给老师，等老师回复')
    await see(p, '要不要提醒您？')
    await tap(p, '不用了')
    await expect(buttons(p, '选这个时间')).toHaveCount(0)
  })
})

test('the teacher accepts the parent’s time; both see the receipt; the agenda shows the visit', async ({ srv, newUser }) => {
  const { visitId } = await countered(srv)
  const t = await newUser()
  await test.step('the teacher accepts', async () => {
    await openFromReminder(t, srv, teacherId, visitId)
    await see(t, '家长回复了，请您确认')
    await see(t, '那天下午家里有人')
    await tap(t, '选这个时间')
    await see(t, '确认回执')
    await see(t, family.student.name)
    await see(t, '隐私告知版本')
  })
  await test.step('the teacher’s agenda: the visit on its day of the week strip', async () => {
    const [, month, date] = day(5).value.split('-').map(Number)
    await t.goto(`${srv.url}/#/packages/teacher/pages/home/index`)
    await tapItem(t, '.card', '本周家访')
    await see(t, '已约好的家访')
    await visible(t)
      .getByRole('tab', { name: new RegExp(`${month}月${date}日，`) })
      .click()
    await see(t, /^1个$/)
    await tapItem(t, '.visit-card', family.student.name)
    await see(t, '确认回执')
  })
  await test.step('the parent sees the same receipt', async () => {
    const p = await newUser()
    await signInById(p, srv.url, family.parent)
    await tap(p, '查看家访')
    await see(p, '确认回执')
    await see(p, '家长确认')
    await expect(visible(p).getByText('隐私告知版本')).toHaveCount(0) // the school's record, not the parent's business
  })
})

test('the parent subscribes with a tap and gets the day-before reminder', async ({ srv, newUser }) => {
  await agreed(srv)
  const p = await newUser()
  await test.step('subscribe on the visit page', async () => {
    await signInById(p, srv.url, family.parent)
    await tap(p, '查看家访')
    await see(p, '确认回执')
    await action(p, '接收提醒').click()
    await see(p, '要不要提醒您？')
    await tap(p, '接收提醒')
    await see(p, '已开启提醒')
    // The questionnaire after the visit is asked with its own tap (WeChat needs one per dialog).
    await tap(p, '也接收问卷通知')
    await see(p, /满意度问卷也会通知您|问卷会放在“我的提醒”里/)
  })
  await test.step('the reminder job runs 23 hours before the visit', async () => {
    const start = chipInstant(day(5).value, '16:00')
    const run = await srv.post('/dev/scheduler/run', { now: start.subtract(23, 'hour').toISOString() })
    expect(run.json.ok).toBe(true)
  })
  await test.step('the reminder is in 我的提醒 and opens the visit', async () => {
    // The parent opens the app again later (a fresh load: the home page in Taro's stack keeps its old count).
    await p.goto(`${srv.url}/#/packages/parent/pages/home/index`)
    await p.reload()
    await expect(
      visible(p)
        .getByRole('button', { name: /^我的提醒/ })
        .locator('.badge'),
    ).toHaveText(/^\d+$/)
    await tapItem(p, '.cell-tap', '我的提醒')
    await see(p, '明天有家访')
    await tapItem(p, '.inbox-item', '明天有家访') // marks it read and opens the visit
    await see(p, '确认回执')
  })
})

test('the parent asks to reschedule; the teacher cancels with a reason, after confirming', async ({ srv, newUser }) => {
  const { visitId } = await agreed(srv)
  const p = await newUser()
  const t = await newUser()
  await test.step('the parent asks for another time', async () => {
    await signInById(p, srv.url, family.parent)
    await tap(p, '查看家访')
    await see(p, '确认回执')
    await action(p, '改期').click()
    await pickParentTime(p, 6, '上午', '上午10:00')
    await tap(p, '发给老师')
    await see(p, '已发给老师，等老师回复')
  })
  await test.step('the teacher cancels instead, with a reason', async () => {
    await openFromReminder(t, srv, teacherId, visitId)
    await see(t, '家长回复了，请您确认')
    await see(t, '申请改期')
    await action(t, '取消家访').click()
    await fill(t, '请写一句取消的原因', '学校临时安排培训')
    await tap(t, '取消家访')
    await see(t, '确定取消这次家访吗？')
    await tap(t, '确定取消')
    await see(t, '这次家访已取消')
    await expect(visible(t).locator('.visit-actions [role="button"]')).toHaveCount(0)
  })
  await test.step('the parent reads the reason', async () => {
    await p.reload()
    await see(p, '老师取消了家访，原因：学校临时安排培训')
  })
})
